package it.viva;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Fixtures;
import it.viva.support.ItDatabase;
import it.viva.support.ItServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Viva starts on a database made before Liquibase owned the schema and keeps its data.
 *
 * <p>The fixture {@code fixtures/viva-db-before-liquibase.sql} holds the integration-test server's
 * Derby database made by commit 840d046 (EclipseLink's create-or-extend-tables), dumped to SQL after
 * the server stopped (viva.testing.LegacyDatabase makes it again): the demo data, and from one IT run
 * through the API (Voting.with(5)) round 88 with
 * a panel of seven, applicants 106 and 119, and defense 107 closed FAILED on four PASS and one VETO;
 * 128 audit events. The secretary's password is {@code it-Secretary-Pass-1} (the IT's own), the demo
 * experts' {@code viva-demo-2026}, the panel members' {@code member-pass-1}.
 *
 * <p>A fresh empty database gets its schema from the migrations: the IT server starts on an empty
 * folder, so every other IT runs on it, and this test first checks that changeset 1 ran there.
 */
class UpgradeInPlaceIT {

    private static final long ROUND = 88;
    private static final long DEFENSE = 107;
    private static final int EVENTS = 128;
    private static final String HEAD = "4677cfdc48555b67ed0f5e33eb53b6aa8fa18813da2e249753dc1d155baeef03";

    @Test
    void aDatabaseMadeBeforeVersionedSchemaUpgradesInPlace() {
        ItServer.stop();
        boolean running = false;
        try {
            assertEquals("EXECUTED", ItDatabase.changesetRun("1"), "the fresh database got changeset 1 applied");
            ItDatabase.replaceWithLegacy();
            ItServer.start();
            running = true;
            int events = readsTheOldDataBack();
            takesNewWrites(events);
            ItServer.stop();
            running = false;
            assertEquals("MARK_RAN", ItDatabase.changesetRun("1"), "the old database was baselined at changeset 1");
            assertEquals("EXECUTED", ItDatabase.changesetRun("2"), "later changesets ran on top of it");
            assertFalse(ItDatabase.hasConstraint("UQ_DEFENSE_APPLIC"), "an applicant may have a second defense now");
            assertTrue(ItDatabase.hasConstraint("UQ_DEFENSE_ROUND_"), "the defense numbers stay unique");
        } finally {
            if (running) {
                ItServer.stop();
            }
            ItDatabase.restore();
            ItServer.start();
        }
    }

    private static int readsTheOldDataBack() {
        Api api = Api.secretary();
        JsonObject round = api.get("/api/rounds/" + ROUND).json();
        assertEquals("round-a4b5b61b", round.getString("name"));
        assertEquals("Asia/Shanghai", round.getString("timeZone"));
        assertEquals(Set.of(106L, 119L), ids(api.get("/api/applicants?roundId=" + ROUND)));

        JsonObject defense = api.get("/api/defenses/" + DEFENSE).json();
        assertEquals("CLOSED", defense.getString("stage"));
        assertEquals(106, defense.getInt("applicantId"));
        JsonObject result = api.get("/api/defenses/" + DEFENSE + "/result").json();
        assertEquals("FAILED", result.getString("outcome"));
        assertEquals(5, result.getInt("votesCast"));
        assertEquals(1, result.getInt("vetoes"));
        assertEquals("答辩回答存在明显错误", result.getJsonArray("votes").getJsonObject(4).getString("reason"));

        JsonObject audit = api.get("/api/audit/verify?head=" + HEAD).json();
        assertTrue(audit.getBoolean("valid"), audit::toString);
        assertTrue(audit.getBoolean("continues"), audit::toString);
        assertTrue(audit.getInt("events") >= EVENTS, audit::toString);
        return audit.getInt("events");
    }

    private static void takesNewWrites(int eventsBefore) {
        Api api = Api.secretary();
        long applicant = Fixtures.applicant(Fixtures.applicantBody(ROUND, "SENIOR").add("name", "升级后"));
        assertTrue(applicant > 119, "identifiers continue after the old ones: " + applicant);
        assertEquals(Set.of(106L, 119L, applicant), ids(api.get("/api/applicants?roundId=" + ROUND)));
        long round = Fixtures.round();
        assertEquals(200, api.get("/api/rounds/" + round).status());

        JsonObject audit = api.get("/api/audit/verify?head=" + HEAD).json();
        assertTrue(audit.getBoolean("valid"), audit::toString);
        assertTrue(audit.getInt("events") > eventsBefore, audit::toString);
    }

    private static Set<Long> ids(Api.Reply list) {
        assertEquals(200, list.status(), list::toString);
        return list.array().stream().map(JsonValue::asJsonObject)
                .map(o -> o.getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }
}
