package viva.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Verifies the audit chain straight from an embedded Derby database folder, with the server
 * stopped: {@code OfflineVerifier DB_FOLDER [OLDER_HEAD]}. Set VIVA_AUDIT_KEY when the server
 * hashes with a key. Prints the verdict as JSON; exits 0 when valid, 1 when broken, 2 on error.
 */
public final class OfflineVerifier {

    private static final int PAGE = 1000;

    private OfflineVerifier() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: OfflineVerifier DB_FOLDER [OLDER_HEAD]");
            System.exit(2);
        }
        try {
            ChainVerifier.Verdict verdict = verify(args[0], System.getenv("VIVA_AUDIT_KEY"),
                    args.length == 2 ? args[1] : null);
            System.out.println(verdict.report(args.length == 2 ? args[1] : null));
            System.out.flush();
            System.exit(verdict.valid() && verdict.containsHead() ? 0 : 1);
        } catch (SQLException e) {
            System.err.println("cannot read the database at " + args[0] + ": " + e.getMessage());
            System.exit(2);
        }
    }

    public static ChainVerifier.Verdict verify(String dbFolder, String key, String olderHead) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + dbFolder)) {
            return ChainVerifier.verify(rows(db), new AuditHasher(key), olderHead);
        } finally {
            shutdown(dbFolder);
        }
    }

    private static Iterator<AuditRecord> rows(Connection db) {
        return new PagedRows(after -> read(db, after), PAGE);
    }

    private static List<AuditRecord> read(Connection db, long after) {
        String sql = "SELECT SEQ, \"AT\", ACTOR, ACTION, SUBJECT, PAYLOAD, PREV_HASH, HASH FROM AUDIT_EVENT"
                + " WHERE SEQ > ? ORDER BY SEQ FETCH FIRST " + PAGE + " ROWS ONLY";
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, after);
            List<AuditRecord> rows = new ArrayList<>();
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    rows.add(new AuditRecord(r.getLong(1),
                            r.getTimestamp(2).toLocalDateTime().toInstant(ZoneOffset.UTC), r.getString(3),
                            r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void shutdown(String dbFolder) {
        try {
            DriverManager.getConnection("jdbc:derby:" + dbFolder + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception.
        }
    }
}
