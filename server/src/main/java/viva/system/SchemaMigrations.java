package viva.system;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
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
        try {
            boolean autoCommit = connection.getAutoCommit();
            try {
                update(connection);
            } finally {
                // Liquibase switches auto-commit off; the pool or the caller gets it back as it was.
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void update(Connection connection) {
        try {
            // Liquibase 4.30+ would otherwise send usage data to liquibase.com at every start.
            Scope.child(Map.of("liquibase.analytics.enabled", false), () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                if (database instanceof DerbyDatabase derby) {
                    // Else closing would shut down embedded Derby for the whole server.
                    derby.setShutdownEmbeddedDerby(false);
                }
                new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(SchemaMigrations.class.getClassLoader()),
                        database).update(new Contexts(), new LabelExpression());
            });
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
