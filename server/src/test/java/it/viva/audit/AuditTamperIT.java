package it.viva.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Fixtures;
import it.viva.support.ItServer;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import viva.audit.ChainVerifier;
import viva.audit.OfflineVerifier;

/**
 * Editing one audit row in the database, with the server stopped, is found at that row by the
 * API and by the offline verifier; the chain is restored afterwards so that no other test sees it.
 */
class AuditTamperIT {

    private final Api api = Api.secretary();

    @Test
    void anEditedRowBreaksVerificationAtThatRow() throws Exception {
        long round = Fixtures.round();
        JsonObject before = api.get("/api/audit/verify").json();
        assertTrue(before.getBoolean("valid"), before::toString);
        String olderHead = before.getString("head");
        Fixtures.round();
        JsonObject later = api.get("/api/audit/verify?head=" + olderHead).json();
        assertTrue(later.getBoolean("valid") && later.getBoolean("continues"), later::toString);
        assertTrue(later.getInt("events") > before.getInt("events"));
        JsonObject unknownHead = api.get("/api/audit/verify?head=" + "ab".repeat(32)).json();
        assertFalse(unknownHead.getBoolean("valid"), "a head that was never in the chain is refused");

        ItServer.stop();
        long seq;
        String original;
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + ItServer.DB)) {
            try (PreparedStatement find = db.prepareStatement("SELECT SEQ, PAYLOAD FROM AUDIT_EVENT"
                    + " WHERE ACTION = 'round.created' AND SUBJECT = ?")) {
                find.setString(1, "round:" + round);
                try (ResultSet row = find.executeQuery()) {
                    assertTrue(row.next(), "the round's creation is in the trail");
                    seq = row.getLong(1);
                    original = row.getString(2);
                }
            }
            update(db, seq, original.replace("\"year\":2026", "\"year\":2027"));
        } finally {
            shutdown();
        }

        ChainVerifier.Verdict offline = OfflineVerifier.verify(ItServer.DB, null, null);
        assertFalse(offline.valid());
        assertEquals(seq, offline.brokenAt());

        ItServer.start();
        JsonObject broken = api.get("/api/audit/verify").json();
        assertFalse(broken.getBoolean("valid"));
        assertEquals(seq, broken.getJsonNumber("brokenAt").longValue());

        ItServer.stop();
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + ItServer.DB)) {
            update(db, seq, original);
        } finally {
            shutdown();
        }
        assertTrue(OfflineVerifier.verify(ItServer.DB, null, null).valid());
        ItServer.start();
        assertTrue(api.get("/api/audit/verify").json().getBoolean("valid"));
    }

    private static void update(Connection db, long seq, String payload) throws SQLException {
        try (PreparedStatement edit = db.prepareStatement("UPDATE AUDIT_EVENT SET PAYLOAD = ? WHERE SEQ = ?")) {
            edit.setString(1, payload);
            edit.setLong(2, seq);
            assertEquals(1, edit.executeUpdate());
        }
    }

    private static void shutdown() {
        try {
            DriverManager.getConnection("jdbc:derby:" + ItServer.DB + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception.
        }
    }
}
