package viva.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A Derby database as the Viva before the versioned schema left it, made from the SQL fixture
 * {@code fixtures/viva-db-before-liquibase.sql} (that version's tables, a round's rows, its
 * constraints; one statement a line) rather than kept as a binary database folder.
 */
public final class LegacyDatabase {

    public static final String FIXTURE = "/fixtures/viva-db-before-liquibase.sql";

    private LegacyDatabase() {
    }

    /** Makes the database in {@code folder}, which must not hold one yet, and closes it again. */
    public static void build(Path folder) {
        EmbeddedDerby derby = new EmbeddedDerby(folder.toAbsolutePath());
        try (Connection connection = derby.connect(); Statement statement = connection.createStatement()) {
            for (String line : script().split("\n")) {
                String sql = line.strip();
                if (!sql.isEmpty() && !sql.startsWith("--")) {
                    statement.execute(sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the fixture " + FIXTURE + " does not load", e);
        } finally {
            derby.shutdown();
        }
    }

    private static String script() {
        try (InputStream in = LegacyDatabase.class.getResourceAsStream(FIXTURE)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + FIXTURE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
