package viva.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/** An embedded Derby database opened from the test's JVM, in a folder of its own. */
public record EmbeddedDerby(Path folder) {

    /** An empty database under target/scratch-derby, made anew for each test. */
    public static EmbeddedDerby fresh(String name) {
        EmbeddedDerby derby = new EmbeddedDerby(Path.of("target", "scratch-derby", name).toAbsolutePath());
        deleteTree(derby.folder);
        return derby;
    }

    public String url() {
        return "jdbc:derby:" + folder + ";create=true";
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    /** Closes the database in this JVM, so that its folder may be opened again or by another. */
    public void shutdown() {
        try {
            DriverManager.getConnection("jdbc:derby:" + folder + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports every shutdown as an SQLException (08006).
        }
    }

    public static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
