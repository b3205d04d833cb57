package viva.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * A schema of its own, made anew, in the PostgreSQL that the system property {@code viva.test.pgUrl}
 * (or the environment variable {@code VIVA_TEST_PG_URL}) names, with {@code viva.test.pgUser} and
 * {@code viva.test.pgPassword} (or {@code VIVA_TEST_PG_USER}, {@code VIVA_TEST_PG_PASSWORD}).
 */
public record ScratchPostgres(String baseUrl, String user, String password, String schema) {

    /** The PostgreSQL the tests were given, if any. */
    public static Optional<String> configuredUrl() {
        return setting("viva.test.pgUrl", "VIVA_TEST_PG_URL").filter(url -> !url.isBlank());
    }

    /** An empty schema named {@code name}, dropped first if an earlier run left it. */
    public static ScratchPostgres fresh(String name) throws SQLException {
        ScratchPostgres pg = new ScratchPostgres(configuredUrl().orElseThrow(),
                setting("viva.test.pgUser", "VIVA_TEST_PG_USER").orElse("viva"),
                setting("viva.test.pgPassword", "VIVA_TEST_PG_PASSWORD").orElse("viva"), name);
        try (Connection connection = DriverManager.getConnection(pg.baseUrl, pg.user, pg.password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            statement.execute("CREATE SCHEMA " + name);
        }
        return pg;
    }

    /** The URL whose connections work in this schema only. */
    public String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    private static Optional<String> setting(String property, String variable) {
        return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(variable)));
    }
}
