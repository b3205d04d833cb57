package viva.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import viva.testing.SchemaShape;
import viva.testing.LegacyDatabase;
import viva.testing.EmbeddedDerby;

/**
 * EclipseLink has no mode that validates a schema (its ddl-generation only creates or extends), so
 * this test does: the schema the migrations make must be the one EclipseLink would generate from
 * the entities. An entity change without its changeset in viva/schema fails here (add one; never
 * edit a released changeset).
 */
class SchemaMatchTest {

    @Test
    void theMigrationsMakeTheSchemaTheEntitiesMapTo() throws SQLException {
        assertSameSchema(generatedByEclipseLink(), migrated(1));
    }

    /** Fails with the lines each side lacks. */
    static void assertSameSchema(SortedSet<String> entities, SortedSet<String> migrations) {
        assertEquals(List.of(), difference(entities, migrations), "the entities map to these, the migrations lack them");
        assertEquals(List.of(), difference(migrations, entities), "the migrations make these, the entities lack them");
    }

    @Test
    void migratingAnUpToDateDatabaseChangesNothing() throws SQLException {
        assertEquals(migrated(1), migrated(2));
    }

    /** Changeset 1 is what the Viva before Liquibase made, so that its databases are only baselined. */
    @Test
    void theFirstChangesetIsTheSchemaOfTheVivaBeforeIt() throws SQLException {
        EmbeddedDerby first = EmbeddedDerby.fresh("first-changeset");
        SortedSet<String> firstChangeset;
        try (Connection connection = first.connect()) {
            SchemaMigrations.applyFirst(connection, 1);
            firstChangeset = SchemaShape.of(connection);
        } finally {
            first.shutdown();
        }
        EmbeddedDerby old = EmbeddedDerby.fresh("made-before-liquibase");
        LegacyDatabase.build(old.folder());
        try (Connection connection = old.connect()) {
            assertEquals(SchemaShape.of(connection), firstChangeset);
        } finally {
            old.shutdown();
        }
    }

    /**
     * Viva's own unit, outside Liberty: local transactions on the scratch database that
     * {@code connection} names (jakarta.persistence.jdbc.*), and tables created from the entities
     * as the server's EclipseLink did before Liquibase.
     */
    static void createTablesFromEntities(Map<String, String> connection) {
        Map<String, String> properties = new java.util.HashMap<>(connection);
        properties.putAll(Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "eclipselink.jdbc.sequence-connection-pool", "false",
                "eclipselink.ddl-generation", "create-tables",
                "eclipselink.ddl-generation.output-mode", "database"));
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("viva", properties);
        try {
            factory.createEntityManager().close();
        } finally {
            factory.close();
        }
    }

    private static List<String> difference(SortedSet<String> these, SortedSet<String> others) {
        return these.stream().filter(line -> !others.contains(line)).toList();
    }

    private static SortedSet<String> migrated(int times) throws SQLException {
        EmbeddedDerby derby = EmbeddedDerby.fresh("migrated");
        try (Connection connection = derby.connect()) {
            for (int i = 0; i < times; i++) {
                SchemaMigrations.apply(connection);
            }
            return SchemaShape.of(connection);
        } finally {
            derby.shutdown();
        }
    }

    private static SortedSet<String> generatedByEclipseLink() throws SQLException {
        EmbeddedDerby derby = EmbeddedDerby.fresh("generated");
        createTablesFromEntities(Map.of("jakarta.persistence.jdbc.url", derby.url()));
        try (Connection connection = derby.connect()) {
            return SchemaShape.of(connection);
        } finally {
            derby.shutdown();
        }
    }
}
