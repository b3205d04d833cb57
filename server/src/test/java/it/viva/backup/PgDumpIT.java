package it.viva.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Fixtures;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL Viva makes no backup of its own (409 use_pg_dump): the database server's tools do,
 * as docs/operations.md says. This runs that procedure with Debian's pg_dump and pg_restore against
 * the PostgreSQL run's database and finds the same applicants and the same audit chain in the copy.
 */
class PgDumpIT {

    private static final String URL = System.getProperty("viva.test.pgUrl", "");

    @Test
    void vivaRefusesToBackUpAPostgresDatabaseAndPgDumpRestoresIt() throws Exception {
        Api.Reply refused = Api.secretary().post("/api/backups", new byte[0], null);
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("use_pg_dump", refused.error());

        long round = Fixtures.round();
        Fixtures.applicant(Fixtures.applicantBody(round, "SENIOR"));
        URI address = URI.create(URL.substring("jdbc:".length()));
        String host = address.getHost();
        String port = String.valueOf(address.getPort());
        Set<Long> applicants = ids("viva", "SELECT ID FROM APPLICANT");
        Path dump = Files.createTempDirectory("viva-pgdump").resolve("viva.dump");
        run(tool("pg_dump"), "-Fc", "-h", host, "-p", port, "-U", "postgres", "-d", "viva", "-f", dump.toString());
        try {
            run(tool("createdb"), "-h", host, "-p", port, "-U", "postgres", "-O", "viva", "viva_restored");
            run(tool("pg_restore"), "-h", host, "-p", port, "-U", "postgres", "-d", "viva_restored", dump.toString());

            assertEquals(applicants, ids("viva_restored", "SELECT ID FROM APPLICANT"));
            // The copy's chain is the original's up to the moment of the dump: its head is in the original.
            List<String> head = row("viva_restored",
                    "SELECT SEQ, HASH FROM AUDIT_EVENT ORDER BY SEQ DESC FETCH FIRST 1 ROWS ONLY");
            assertFalse(head.isEmpty(), "the copy holds the audit trail");
            assertEquals(head, row("viva", "SELECT SEQ, HASH FROM AUDIT_EVENT WHERE SEQ = " + head.get(0)));
        } finally {
            run(tool("dropdb"), "--if-exists", "-h", host, "-p", port, "-U", "postgres", "viva_restored");
        }
    }

    /** The newest PostgreSQL's client tool, as .ci/postgres finds its server. */
    private static String tool(String name) throws Exception {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            Path bin = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve(name)))
                    .max((a, b) -> Integer.compare(version(a), version(b)))
                    .orElseThrow(() -> new AssertionError("no " + name + " under /usr/lib/postgresql"));
            return bin.resolve(name).toString();
        }
    }

    private static int version(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " did not end");
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
    }

    private static Set<Long> ids(String database, String query) throws SQLException {
        Set<Long> ids = new TreeSet<>();
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static List<String> row(String database, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(query)) {
            if (rows.next()) {
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    values.add(rows.getString(i));
                }
            }
        }
        return values;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(URL.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database), "postgres", "");
    }
}
