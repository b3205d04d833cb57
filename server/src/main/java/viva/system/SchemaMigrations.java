package viva.system;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.OptionalInt;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the database to the newest schema of {@value #CHANGELOG} (Liquibase) before anything
 * else touches it; EclipseLink only uses the tables.
 */
@ApplicationScoped
public class SchemaMigrations {

    /** Liquibase records each changeset under this path: it must never change. */
    public static final String CHANGELOG = "viva/schema/changelog.xml";

    /** Liquibase commits each changeset itself, so it runs outside JTA on the non-transactional pool. */
    @Resource(lookup = "jdbc/vivaSequence")
    DataSource dataSource;

    public void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("no connection to the database: " + e.getMessage(), e);
        }
    }

    /** Applies every changeset the database lacks, on a connection that the caller closes. */
    public static void apply(Connection connection) {
        apply(connection, OptionalInt.empty());
    }

    /** Applies only the first {@code count} changesets: the schema as an older Viva left it. */
    static void applyFirst(Connection connection, int count) {
        apply(connection, OptionalInt.of(count));
    }

    private static void apply(Connection connection, OptionalInt count) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            try {
                update(connection, count);
            } finally {
                // Liquibase switches auto-commit off; the pool or the caller gets it back as it was.
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void update(Connection connection, OptionalInt count) {
        try {
            // Liquibase 4.30+ would otherwise send usage data to liquibase.com at every start.
            Scope.child(Map.of("liquibase.analytics.enabled", false), () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                if (database instanceof DerbyDatabase derby) {
                    // Else closing would shut down embedded Derby for the whole server.
                    derby.setShutdownEmbeddedDerby(false);
                }
                Liquibase liquibase = new Liquibase(CHANGELOG,
                        new ClassLoaderResourceAccessor(SchemaMigrations.class.getClassLoader()), database);
                if (count.isPresent()) {
                    liquibase.update(count.getAsInt(), new Contexts(), new LabelExpression());
                } else {
                    liquibase.update(new Contexts(), new LabelExpression());
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
