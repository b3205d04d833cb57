package viva.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.SortedSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import viva.testing.SchemaShape;
import viva.testing.ScratchPostgres;

/**
 * {@link SchemaMatchTest} on PostgreSQL: the schema the migrations' PostgreSQL changesets make
 * must be the one EclipseLink would generate there from the entities. Runs when the system property
 * {@code viva.test.pgUrl} (or {@code VIVA_TEST_PG_URL}) names a PostgreSQL (the test command starts
 * one with .ci/postgres and runs this in its PostgreSQL run); skipped otherwise.
 */
class PostgresSchemaMatchTest {

    @BeforeEach
    void needsPostgres() {
        assumeTrue(ScratchPostgres.configuredUrl().isPresent(),
                "no PostgreSQL given (viva.test.pgUrl or VIVA_TEST_PG_URL): the PostgreSQL schema is not checked");
    }

    @Test
    void theMigrationsMakeTheSchemaTheEntitiesMapTo() throws SQLException {
        SchemaMatchTest.assertSameSchema(generatedByEclipseLink(), migrated(1));
    }

    @Test
    void migratingAnUpToDateDatabaseChangesNothing() throws SQLException {
        assertEquals(migrated(1), migrated(2));
    }

    private static SortedSet<String> migrated(int times) throws SQLException {
        try (Connection connection = ScratchPostgres.fresh("schema_match_migrated").connect()) {
            for (int i = 0; i < times; i++) {
                SchemaMigrations.apply(connection);
            }
            return SchemaShape.of(connection);
        }
    }

    private static SortedSet<String> generatedByEclipseLink() throws SQLException {
        ScratchPostgres pg = ScratchPostgres.fresh("schema_match_generated");
        SchemaMatchTest.createTablesFromEntities(Map.of(
                "jakarta.persistence.jdbc.url", pg.url(),
                "jakarta.persistence.jdbc.user", pg.user(),
                "jakarta.persistence.jdbc.password", pg.password()));
        try (Connection connection = pg.connect()) {
            return SchemaShape.of(connection);
        }
    }
}
