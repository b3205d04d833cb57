package it.viva.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Defenses;
import it.viva.support.RoomClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fair clock and the incidents over real sockets: the admitted applicant's cut connection
 * pauses every page's countdown, their return resumes it, and both are kept as incidents.
 */
class FairClockIT {

    /** The limit the product promises for a pause to reach every page (docs/protocol.md). */
    private static final Duration PAUSE_SEEN = Duration.ofSeconds(2);
    private static final Duration WAIT = Duration.ofSeconds(15);

    /** The next stage message whose clock is (or is not) paused. */
    static JsonObject awaitClock(RoomClient client, boolean paused, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            JsonObject stage = client.await("stage", left.isNegative() ? Duration.ZERO : left);
            if (stage.getBoolean("paused") == paused) {
                return stage;
            }
        }
    }

    static JsonObject awaitIncident(RoomClient secretary, String participantId, String kind) {
        while (true) {
            JsonObject incident = secretary.await("incident", WAIT);
            if (incident.getString("participantId").equals(participantId) && incident.getString("kind").equals(kind)) {
                return incident;
            }
        }
    }

    private static void stage(Defenses.Setup setup, String stage) {
        Api.Reply reply = Api.secretary().post("/api/defenses/" + setup.defense() + "/stage",
                "{\"stage\":\"" + stage + "\"}");
        assertEquals(200, reply.status(), reply::toString);
    }

    private static String resumeTicket(Defenses.Setup setup, String resumeToken) {
        Api.Reply reply = Api.anonymous().post("/api/defenses/" + setup.defense() + "/ticket",
                "{\"resumeToken\": \"" + resumeToken + "\"}");
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("ticket");
    }

    @Test
    void theApplicantsCutConnectionPausesEveryCountdownAndTheirReturnResumesIt() {
        Defenses.Setup setup = Defenses.scheduled();
        String applicantTicket = setup.applicantTicket(setup.joinToken());
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
                RoomClient member = RoomClient.connect(setup.defense(), setup.ticket(setup.member()))) {
            JsonObject lobbyWelcome = secretary.await("welcome");
            assertFalse(lobbyWelcome.getBoolean("paused"));
            assertEquals(JsonValue.NULL, lobbyWelcome.get("remainingSeconds"), "the lobby has no clock");
            member.await("welcome");

            RoomClient applicant = RoomClient.connect(setup.defense(), applicantTicket);
            String resumeToken = applicant.await("welcome").getString("resumeToken");
            secretary.await("waiting");
            setup.verifyIdentity();
            secretary.send("{\"type\":\"admit\",\"participantId\":\"" + setup.applicantId() + "\"}");
            applicant.await("admitted");

            stage(setup, "STATEMENT");
            for (RoomClient page : List.of(secretary, member, applicant)) {
                JsonObject running = awaitClock(page, false, WAIT);
                assertEquals("STATEMENT", running.getString("stage"));
                int remaining = running.getInt("remainingSeconds");
                assertTrue(remaining <= 600 && remaining > 500, running::toString);
            }

            applicant.cut();
            JsonObject paused = awaitClock(secretary, true, PAUSE_SEEN);
            JsonObject pausedForMember = awaitClock(member, true, PAUSE_SEEN);
            assertEquals("STATEMENT", paused.getString("stage"));
            int pausedAt = paused.getInt("remainingSeconds");
            assertEquals(pausedAt, pausedForMember.getInt("remainingSeconds"));
            JsonObject lost = awaitIncident(secretary, setup.applicantId(), "DISCONNECTED");
            assertEquals("APPLICANT", lost.getString("role"));
            assertTrue(lost.getBoolean("clockPaused"));
            assertFalse(member.seen().stream().anyMatch(m -> "incident".equals(m.getString("type"))),
                    "incidents are the secretary's");

            try (RoomClient back = RoomClient.connect(setup.defense(), resumeTicket(setup, resumeToken))) {
                JsonObject welcome = back.await("welcome");
                assertEquals("room", welcome.getString("state"));
                assertEquals(JsonValue.ValueType.NUMBER, welcome.get("remainingSeconds").getValueType());
                assertTrue(welcome.containsKey("paused"));
                JsonObject resumed = awaitClock(member, false, WAIT);
                assertTrue(resumed.getInt("remainingSeconds") >= pausedAt - 2,
                        "the time away was not counted: " + resumed + " after " + paused);
                awaitClock(secretary, false, WAIT);
                JsonObject returned = awaitIncident(secretary, setup.applicantId(), "RETURNED");
                assertTrue(returned.getJsonNumber("seconds").longValue() >= 0, returned::toString);
                assertTrue(returned.getBoolean("clockPaused"));

                Api.Reply incidents = Api.secretary().get("/api/defenses/" + setup.defense() + "/incidents");
                assertEquals(200, incidents.status(), incidents::toString);
                List<JsonObject> applicantIncidents = incidents.array().getValuesAs(JsonObject.class).stream()
                        .filter(i -> i.getString("participantId").equals(setup.applicantId())).toList();
                assertEquals(List.of("DISCONNECTED", "RETURNED"),
                        applicantIncidents.stream().map(i -> i.getString("kind")).toList());
                for (JsonObject incident : applicantIncidents) {
                    assertEquals("APPLICANT", incident.getString("role"));
                    assertTrue(incident.getJsonNumber("seconds").longValue() >= 0, incident::toString);
                    assertTrue(incident.getBoolean("clockPaused"));
                    assertFalse(incident.getString("at").isBlank());
                }
            }
        }
    }

    @Test
    void aNormalLeaveIsNoIncidentAndAMembersCutIsOneThatPausesNothing() {
        Defenses.Setup setup = Defenses.scheduled();
        setup.openLobby();
        stage(setup, "STATEMENT");
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()))) {
            JsonObject welcome = secretary.await("welcome");
            assertFalse(welcome.getBoolean("paused"));
            assertTrue(welcome.getInt("remainingSeconds") > 500, welcome::toString);
            RoomClient leaving = RoomClient.connect(setup.defense(), setup.ticket(setup.member()));
            leaving.await("welcome");
            secretary.await("joined");
            leaving.close();
            secretary.await("left");

            RoomClient cut = RoomClient.connect(setup.defense(), setup.ticket(setup.member()));
            cut.await("welcome");
            cut.cut();
            JsonObject lost = awaitIncident(secretary, setup.memberId(0), "DISCONNECTED");
            assertEquals("MEMBER", lost.getString("role"));
            assertFalse(lost.getBoolean("clockPaused"), "only the applicant's absence stops the clock");
            assertEquals(JsonValue.NULL, lost.get("seconds"), "still away");

            Api.Reply incidents = Api.secretary().get("/api/defenses/" + setup.defense() + "/incidents");
            assertEquals(200, incidents.status(), incidents::toString);
            List<JsonObject> listed = incidents.array().getValuesAs(JsonObject.class);
            assertEquals(1, listed.size(), "the normal leave is none: " + listed);
            assertEquals(JsonValue.NULL, listed.get(0).get("seconds"));
        }
    }

    @Test
    void anApplicantNeverAdmittedPausesNothing() {
        Defenses.Setup setup = Defenses.scheduled();
        String applicantTicket = setup.applicantTicket(setup.joinToken());
        stage(setup, "STATEMENT");
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()))) {
            secretary.await("welcome");
            RoomClient applicant = RoomClient.connect(setup.defense(), applicantTicket);
            applicant.await("welcome");
            secretary.await("waiting");
            applicant.cut();
            JsonObject lost = awaitIncident(secretary, setup.applicantId(), "DISCONNECTED");
            assertFalse(lost.getBoolean("clockPaused"), "waiting in the lobby, never admitted");
            assertFalse(secretary.seen().stream().anyMatch(m -> "stage".equals(m.getString("type"))
                    && m.getBoolean("paused", false)), "no pause reached the room");
        }
    }

    @Test
    void incidentsAreTheSecretariatsOnly() {
        Defenses.Setup setup = Defenses.scheduled();
        String path = "/api/defenses/" + setup.defense() + "/incidents";
        assertEquals(403, setup.member().get(path).status());
        assertEquals(401, Api.anonymous().get(path).status());
        Api.Reply unknown = Api.secretary().get("/api/defenses/999999999/incidents");
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals("defense_not_found", unknown.error());
        Api.Reply none = Api.secretary().get(path);
        assertEquals(200, none.status());
        assertEquals(0, none.array().size());
    }
}
