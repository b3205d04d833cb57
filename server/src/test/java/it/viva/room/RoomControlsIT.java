package it.viva.room;

import static it.viva.room.RoomEntryIT.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.RoomClient;
import it.viva.support.Voting;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The private deliberation (the applicant waits in the lobby while the panel votes) and the chair's
 * controls (mute, send to the lobby and back, remove), over real sockets and the REST API.
 */
class RoomControlsIT {

    private static final Duration LONG = Duration.ofSeconds(30);
    /** What of the room never reaches an applicant in the lobby. */
    private static final Set<String> ROOM_MESSAGES = Set.of("voted", "joined", "left", "offer", "answer", "ice",
            "waiting", "muted");

    @Test
    void theApplicantWaitsInTheLobbyWhileThePanelDeliberatesAndLearnsOnlyOfTheClose() {
        try (Voting room = Voting.with(5)) {
            String applicantId = room.setup.applicantId();
            String resumeToken = room.applicant.first("welcome").getString("resumeToken");
            room.open();

            JsonObject lobby = room.applicant.await("lobby", LONG);
            assertEquals("deliberation", lobby.getString("reason"));
            assertEquals("VOTING", room.applicant.await("stage", LONG).getString("stage"));
            for (RoomClient member : room.members) {
                assertEquals(applicantId, awaitLeft(member, applicantId).getString("participantId"));
            }
            assertEquals(applicantId, awaitLeft(room.secretary, applicantId).getString("participantId"));
            JsonObject presence = Api.secretary().get("/api/defenses/" + room.setup.defense() + "/presence").json();
            assertFalse(presence.getJsonArray("present").toString().contains(applicantId), presence::toString);
            assertTrue(presence.getJsonArray("waiting").toString().contains(applicantId), presence::toString);

            room.applicant.send("{\"type\":\"offer\",\"to\":\"" + room.setup.memberId(0) + "\",\"sdp\":\"v=0\"}");
            assertEquals("not_in_room", room.applicant.await("error", LONG).getString("code"));
            assertRefused(409, "deliberation_private",
                    Api.secretary().post("/api/defenses/" + room.setup.defense() + "/admit", new byte[0], null));
            room.secretary.send("{\"type\":\"admit\",\"participantId\":\"" + applicantId + "\"}");
            assertEquals("deliberation_private", room.secretary.await("error", LONG).getString("code"));

            // A return during the deliberation lands in the lobby, never in the room.
            Api.Reply ticket = Api.anonymous().post("/api/defenses/" + room.setup.defense() + "/ticket",
                    "{\"resumeToken\":\"" + resumeToken + "\"}");
            assertEquals(201, ticket.status(), ticket::toString);
            try (RoomClient back = RoomClient.connect(room.setup.defense(), ticket.json().getString("ticket"))) {
                JsonObject welcome = back.await("welcome", LONG);
                assertEquals("lobby", welcome.getString("state"));
                assertEquals(0, welcome.getJsonArray("participants").size());
                assertEquals(4000, room.applicant.awaitClose(LONG), "the older socket gives up the seat");

                try (RoomClient late = RoomClient.connect(room.setup.defense(),
                        room.setup.ticket(room.setup.memberApis().get(5)))) {
                    late.await("welcome", LONG);
                    awaitJoined(room.members.get(0), room.setup.memberId(5));
                    for (int i = 0; i < 6; i++) {
                        assertEquals(201, room.vote(i, "PASS", null).status());
                    }
                    for (int i = 0; i < 6; i++) {
                        room.members.get(0).await("voted", LONG);
                    }
                    assertEquals(200, room.stage("CLOSED").status());
                    back.await("closed", LONG);
                    assertEquals(1000, back.awaitClose(LONG));
                }
                List<String> types = back.seen().stream().map(m -> m.getString("type")).toList();
                assertTrue(types.stream().noneMatch(ROOM_MESSAGES::contains), "the lobby heard the room: " + types);
                assertTrue(types.contains("stage"), "the stages still reach the lobby: " + types);
            }
            List<String> before = room.applicant.seen().stream().map(m -> m.getString("type")).toList();
            List<String> afterLobby = before.subList(before.indexOf("lobby"), before.size());
            assertTrue(afterLobby.stream().noneMatch(ROOM_MESSAGES::contains),
                    "the first socket heard the room from the lobby: " + afterLobby);
            assertEquals("PASSED", room.result(Api.secretary()).getString("outcome"),
                    "an applicant admitted once is not ABSENT for having waited in the lobby");
        }
    }

    @Test
    void theChairMutesAParticipantByRestOrSocketAndNobodyElseMay() {
        try (Voting room = Voting.with(2)) {
            String defense = "/api/defenses/" + room.setup.defense();
            String member = room.setup.memberId(0);
            int events = auditEvents();
            Api.Reply muted = Api.secretary().post(defense + "/participants/" + member + "/mute", new byte[0], null);
            assertEquals(200, muted.status(), muted::toString);
            assertEquals(member, muted.json().getString("muted"));
            assertTrue(room.members.get(0).await("muted", LONG).containsKey("by"));
            awaitAuditEvents(events + 1);

            room.secretary.send("{\"type\":\"mute\",\"participantId\":\"" + room.setup.applicantId() + "\"}");
            assertEquals(room.secretary.first("welcome").getJsonObject("you").getString("id"),
                    room.applicant.await("muted", LONG).getString("by"));

            room.members.get(1).send("{\"type\":\"mute\",\"participantId\":\"" + member + "\"}");
            assertEquals("forbidden", room.members.get(1).await("error", LONG).getString("code"));
            room.members.get(1).send("{\"type\":\"mute\"}");
            assertEquals("forbidden", room.members.get(1).await("error", LONG).getString("code"));
            room.secretary.send("{\"type\":\"mute\"}");
            assertEquals("missing_field", room.secretary.await("error", LONG).getString("code"));
            room.secretary.send("{\"type\":\"mute\",\"participantId\":\"M999999999\"}");
            assertEquals("participant_not_connected", room.secretary.await("error", LONG).getString("code"));

            assertEquals(403, room.setup.member().post(defense + "/participants/" + member + "/mute", new byte[0],
                    null).status());
            assertRefused(404, "participant_not_connected",
                    Api.secretary().post(defense + "/participants/M999999999/mute", new byte[0], null));
            assertRefused(400, "invalid_participant_id",
                    Api.secretary().post(defense + "/participants/nobody/mute", new byte[0], null));
            assertRefused(404, "defense_not_found",
                    Api.secretary().post("/api/defenses/999999999/participants/" + member + "/mute", new byte[0], null));
        }
    }

    @Test
    void theChairSendsTheApplicantToTheLobbyAndBringsThemBack() {
        try (Voting room = Voting.with(2)) {
            String defense = "/api/defenses/" + room.setup.defense();
            String applicantId = room.setup.applicantId();
            assertEquals(200, room.stage("QUESTIONS").status());
            room.applicant.await("stage", LONG);
            int events = auditEvents();

            Api.Reply sent = Api.secretary().post(defense + "/participants/" + applicantId + "/to-lobby", new byte[0], null);
            assertEquals(200, sent.status(), sent::toString);
            assertEquals("secretary", room.applicant.await("lobby", LONG).getString("reason"));
            awaitLeft(room.members.get(0), applicantId);
            awaitWaiting(room.secretary, applicantId);
            awaitAuditEvents(events + 1);

            assertRefused(409, "already_in_lobby",
                    Api.secretary().post(defense + "/participants/" + applicantId + "/to-lobby", new byte[0], null));
            assertRefused(409, "not_applicant", Api.secretary().post(defense + "/participants/"
                    + room.setup.memberId(0) + "/to-lobby", new byte[0], null));
            assertRefused(409, "not_in_room",
                    Api.secretary().post(defense + "/participants/" + applicantId + "/mute", new byte[0], null));
            room.applicant.send("{\"type\":\"ice\",\"to\":\"" + room.setup.memberId(0) + "\",\"candidate\":{}}");
            assertEquals("not_in_room", room.applicant.await("error", LONG).getString("code"));

            // A return with the resume token while sent out waits in the lobby too.
            String resumeToken = room.applicant.first("welcome").getString("resumeToken");
            Api.Reply ticket = Api.anonymous().post(defense + "/ticket", "{\"resumeToken\":\"" + resumeToken + "\"}");
            assertEquals(201, ticket.status(), ticket::toString);
            try (RoomClient back = RoomClient.connect(room.setup.defense(), ticket.json().getString("ticket"))) {
                assertEquals("lobby", back.await("welcome", LONG).getString("state"));

                Api.Reply admitted = Api.secretary().post(defense + "/admit", new byte[0], null);
                assertEquals(200, admitted.status(), admitted::toString);
                assertEquals(3, back.await("admitted", LONG).getJsonArray("participants").size(),
                        "the secretary and both members are in the room");
                awaitJoined(room.members.get(0), applicantId);

                room.secretary.send("{\"type\":\"to-lobby\",\"participantId\":\"" + applicantId + "\"}");
                assertEquals("secretary", back.await("lobby", LONG).getString("reason"));
                room.members.get(1).send("{\"type\":\"to-lobby\",\"participantId\":\"" + applicantId + "\"}");
                assertEquals("forbidden", room.members.get(1).await("error", LONG).getString("code"));
                room.secretary.send("{\"type\":\"admit\",\"participantId\":\"" + applicantId + "\"}");
                back.await("admitted", LONG);
            }
            assertEquals(403, room.setup.member().post(defense + "/participants/" + applicantId + "/to-lobby",
                    new byte[0], null).status());
        }
    }

    @Test
    void aRemovedParticipantIsClosedOutWith4004AndTheirResumeTokenIsVoid() {
        try (Voting room = Voting.with(2)) {
            String defense = "/api/defenses/" + room.setup.defense();
            String member = room.setup.memberId(0);
            String memberResume = room.members.get(0).first("welcome").getString("resumeToken");
            int events = auditEvents();

            Api.Reply removed = Api.secretary().post(defense + "/participants/" + member + "/remove", new byte[0], null);
            assertEquals(200, removed.status(), removed::toString);
            assertEquals(4004, room.members.get(0).awaitClose(LONG));
            awaitLeft(room.secretary, member);
            awaitAuditEvents(events + 1);
            assertRefused(403, "invalid_resume_token", Api.anonymous().post(defense + "/ticket",
                    "{\"resumeToken\":\"" + memberResume + "\"}"));
            assertRefused(404, "participant_not_connected",
                    Api.secretary().post(defense + "/participants/" + member + "/remove", new byte[0], null));
            // The member's own sign-in still takes a ticket: the secretariat may let them back.
            try (RoomClient again = RoomClient.connect(room.setup.defense(), room.setup.ticket(room.setup.member()))) {
                assertEquals("room", again.await("welcome", LONG).getString("state"));
            }

            String applicantId = room.setup.applicantId();
            String applicantResume = room.applicant.first("welcome").getString("resumeToken");
            room.members.get(1).send("{\"type\":\"remove\",\"participantId\":\"" + applicantId + "\"}");
            assertEquals("forbidden", room.members.get(1).await("error", LONG).getString("code"));
            room.secretary.send("{\"type\":\"remove\",\"participantId\":\"" + applicantId + "\"}");
            assertEquals(4004, room.applicant.awaitClose(LONG));
            assertRefused(403, "invalid_resume_token", Api.anonymous().post(defense + "/ticket",
                    "{\"resumeToken\":\"" + applicantResume + "\"}"));
            // The join link still opens the lobby; the secretariat decides whether to admit them again.
            try (RoomClient back = RoomClient.connect(room.setup.defense(),
                    room.setup.applicantTicket(room.setup.joinToken()))) {
                assertEquals("lobby", back.await("welcome", LONG).getString("state"));
                assertEquals(200, Api.secretary().post(defense + "/admit", new byte[0], null).status());
                back.await("admitted", LONG);
            }
        }
    }

    @Test
    void noControlAppliesToAClosedDefense() {
        try (Voting room = Voting.with(1)) {
            String defense = "/api/defenses/" + room.setup.defense();
            String member = room.setup.memberId(0);
            assertEquals(200, room.stage("CLOSED").status());
            room.members.get(0).awaitClose(LONG);
            for (String control : List.of("mute", "to-lobby", "remove")) {
                assertRefused(409, "defense_closed",
                        Api.secretary().post(defense + "/participants/" + member + "/" + control, new byte[0], null));
            }
        }
    }

    private static JsonObject awaitLeft(RoomClient client, String participantId) {
        while (true) {
            JsonObject left = client.await("left", LONG);
            if (participantId.equals(left.getString("participantId"))) {
                return left;
            }
        }
    }

    private static void awaitJoined(RoomClient client, String participantId) {
        while (!participantId.equals(client.await("joined", LONG).getJsonObject("participant").getString("id"))) {
            // someone who joined earlier
        }
    }

    private static void awaitWaiting(RoomClient secretary, String participantId) {
        while (!secretary.await("waiting", LONG).getJsonArray("waiting").toString().contains(participantId)) {
            // an earlier lobby change; the next one names the applicant
        }
    }

    private static int auditEvents() {
        return Api.secretary().get("/api/audit/verify").json().getInt("events");
    }

    /** The control's audit event is written in its own transaction; the room's own events follow. */
    private static void awaitAuditEvents(int atLeast) {
        long deadline = System.currentTimeMillis() + LONG.toMillis();
        while (auditEvents() < atLeast) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("fewer than " + atLeast + " audit events");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        assertTrue(Api.secretary().get("/api/audit/verify").json().getBoolean("valid"));
    }
}
