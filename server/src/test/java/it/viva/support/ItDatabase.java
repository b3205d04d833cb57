package it.viva.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import viva.testing.EmbeddedDerby;
import viva.testing.LegacyDatabase;
import viva.testing.Zips;

/**
 * The integration-test server's Derby folder, handled while that server is stopped: set aside for
 * a fixture and put back, and its schema history read.
 */
public final class ItDatabase {

    private static final Path FOLDER = Path.of(ItServer.DB).toAbsolutePath();
    private static final Path ASIDE = FOLDER.resolveSibling(FOLDER.getFileName() + "-aside");

    private ItDatabase() {
    }

    /** Moves the server's database aside and makes the database of the Viva before Liquibase in its place. */
    public static void replaceWithLegacy() {
        EmbeddedDerby.deleteTree(ASIDE);
        move(FOLDER, ASIDE);
        LegacyDatabase.build(FOLDER);
    }

    /** Moves the server's database aside and unzips a backup (a zip file on this machine) in its place. */
    public static void replaceWithZip(Path zipFile) {
        EmbeddedDerby.deleteTree(ASIDE);
        move(FOLDER, ASIDE);
        Zips.unzip(zipFile, FOLDER);
    }

    /** The server's database folder (VIVA_DB_DIR of the integration-test server). */
    public static Path folder() {
        return FOLDER;
    }

    /** Puts the database set aside by {@link #replaceWith} back, if there is one. */
    public static void restore() {
        if (Files.exists(ASIDE)) {
            EmbeddedDerby.deleteTree(FOLDER);
            move(ASIDE, FOLDER);
        }
    }

    /** How Liquibase recorded the changeset: EXECUTED when it ran, MARK_RAN when it found its schema there. */
    public static String changesetRun(String id) {
        EmbeddedDerby derby = new EmbeddedDerby(FOLDER);
        try (Connection connection = derby.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT EXECTYPE FROM DATABASECHANGELOG WHERE ID = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : "absent";
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        } finally {
            derby.shutdown();
        }
    }

    /** Whether the database holds a constraint of that name (Derby's catalogue, with the server stopped). */
    public static boolean hasConstraint(String name) {
        EmbeddedDerby derby = new EmbeddedDerby(FOLDER);
        try (Connection connection = derby.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM SYS.SYSCONSTRAINTS WHERE CONSTRAINTNAME = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        } finally {
            derby.shutdown();
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
