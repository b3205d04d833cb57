package it.viva.room;

import it.viva.support.Dates;
import static it.viva.room.RoomEntryIT.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Defenses;
import it.viva.support.RoomClient;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Relaying, stages and every kind of bad message, over a real socket. */
class RoomProtocolIT {

    private static String ice(String to, String address) {
        return """
                {"type":"ice","to":"%s","candidate":{"candidate":"candidate:1 1 udp 2122260223 %s 54321 typ host",
                "sdpMid":"0","sdpMLineIndex":0}}""".formatted(to, address);
    }

    @Test
    void offersAnswersAndCandidatesGoOnlyToTheNamedPeer() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
                RoomClient a = RoomClient.connect(setup.defense(), setup.ticket(setup.member()))) {
            String secretaryId = secretary.await("welcome").getJsonObject("you").getString("id");
            a.await("welcome");
            secretary.await("joined");
            a.send("{\"type\":\"offer\",\"to\":\"" + secretaryId + "\",\"sdp\":\"v=0 offer\"}");
            JsonObject offer = secretary.await("offer");
            assertEquals(setup.memberId(0), offer.getString("from"));
            assertEquals("v=0 offer", offer.getString("sdp"));
            secretary.send("{\"type\":\"answer\",\"to\":\"" + setup.memberId(0) + "\",\"sdp\":\"v=0 answer\"}");
            assertEquals("v=0 answer", a.await("answer").getString("sdp"));

            a.send(ice(secretaryId, "192.0.2.7"));
            a.send(ice(secretaryId, "abcd-1234.local"));
            a.send(ice(secretaryId, "127.0.0.1"));
            JsonObject relayed = secretary.await("ice");
            assertTrue(relayed.getJsonObject("candidate").getString("candidate").contains("127.0.0.1"),
                    relayed::toString);
            a.send("{\"type\":\"ping\"}");
            a.await("pong");
            secretary.send("{\"type\":\"ping\"}");
            secretary.await("pong");
            String seen = secretary.seen().toString();
            assertFalse(seen.contains("192.0.2.7"), "a candidate outside VIVA_ICE_NETWORKS is not relayed");
            assertFalse(seen.contains(".local"), "a named candidate is not relayed");
        }
    }

    @Test
    void theStageMovesForwardForEveryPageAndOnlyTheSecretaryMovesIt() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
                RoomClient member = RoomClient.connect(setup.defense(), setup.ticket(setup.member()))) {
            JsonObject welcome = member.await("welcome");
            assertEquals("SCHEDULED", welcome.getString("stage"));
            assertEquals(600, welcome.getJsonObject("stageSeconds").getInt("STATEMENT"));
            secretary.await("welcome");

            member.send("{\"type\":\"stage\",\"stage\":\"STATEMENT\"}");
            assertEquals("forbidden", member.await("error").getString("code"));

            secretary.send("{\"type\":\"stage\",\"stage\":\"STATEMENT\"}");
            JsonObject stage = member.await("stage");
            assertEquals("STATEMENT", stage.getString("stage"));
            assertTrue(stage.containsKey("stageStartedAt") && stage.containsKey("serverTime"));
            assertEquals("STATEMENT", secretary.await("stage").getString("stage"));

            secretary.send("{\"type\":\"stage\",\"stage\":\"LOBBY\"}");
            assertEquals("invalid_stage", secretary.await("error").getString("code"));
            secretary.send("{\"type\":\"stage\",\"stage\":\"TEA_BREAK\"}");
            assertEquals("invalid_stage", secretary.await("error").getString("code"));

            Api.Reply rest = Api.secretary().post("/api/defenses/" + setup.defense() + "/stage",
                    "{\"stage\":\"QUESTIONS\"}");
            assertEquals(200, rest.status(), rest::toString);
            assertEquals("QUESTIONS", member.await("stage").getString("stage"));
            assertRefused(409, "invalid_stage", Api.secretary().post("/api/defenses/" + setup.defense() + "/stage",
                    "{\"stage\":\"STATEMENT\"}"));
            assertRefused(400, "invalid_stage", Api.secretary().post("/api/defenses/" + setup.defense() + "/stage",
                    "{\"stage\":\"LATER\"}"));
            assertRefused(403, "forbidden", setup.member().post("/api/defenses/" + setup.defense() + "/stage",
                    "{\"stage\":\"VOTING\"}"));
            assertRefused(409, "already_started", Api.secretary().send("PUT", "/api/defenses/" + setup.defense(),
                    Dates.shifted("{\"start\":\"2026-12-08T09:00:00+08:00\"}")));

            assertEquals(200, Api.secretary().post("/api/defenses/" + setup.defense() + "/stage",
                    "{\"stage\":\"CLOSED\"}").status());
            assertEquals("closed", member.await("closed").getString("type"));
            assertEquals(1000, member.awaitClose(Duration.ofSeconds(10)));
            assertRefused(409, "defense_closed", Api.secretary().post("/api/defenses/" + setup.defense()
                    + "/ticket", new byte[0], null));
        }
    }

    @Test
    void badMessagesGetAnErrorAndTheRoomCarriesOn() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
                RoomClient member = RoomClient.connect(setup.defense(), setup.ticket(setup.member()))) {
            secretary.await("welcome");
            member.await("welcome");
            String[][] cases = {
                {"not json", "malformed"},
                {"[1,2,3]", "malformed"},
                {"{\"to\":\"x\"}", "missing_field"},
                {"{\"type\":42}", "missing_field"},
                {"{\"type\":\"dance\"}", "unknown_type"},
                {"{\"type\":\"offer\",\"sdp\":\"v=0\"}", "missing_field"},
                {"{\"type\":\"offer\",\"to\":\"M999999\",\"sdp\":\"v=0\"}", "not_in_room"},
                {"{\"type\":\"ice\",\"to\":\"" + setup.memberId(0) + "\",\"candidate\":\"text\"}", "not_in_room"},
                {"{\"type\":\"admit\",\"participantId\":\"A1\"}", "forbidden"},
                {"{\"type\":\"stage\"}", "forbidden"},
                {"{\"type\":\"offer\",\"to\":\"" + "x".repeat(70_000) + "\",\"sdp\":\"v=0\"}", "too_large"},
            };
            for (String[] c : cases) {
                member.send(c[0]);
                JsonObject error = member.await("error");
                assertEquals(c[1], error.getString("code"), c[0].length() > 80 ? c[0].substring(0, 80) : c[0]);
            }
            secretary.send("{\"type\":\"admit\",\"participantId\":\"" + setup.applicantId() + "\"}");
            assertEquals("not_waiting", secretary.await("error").getString("code"));
            secretary.send("{\"type\":\"stage\"}");
            assertEquals("missing_field", secretary.await("error").getString("code"));

            member.send("{\"type\":\"ping\"}");
            member.await("pong");
            secretary.send("{\"type\":\"offer\",\"to\":\"" + setup.memberId(0) + "\",\"sdp\":\"still works\"}");
            assertEquals("still works", member.await("offer").getString("sdp"));
        }
    }

    @Test
    void aFloodClosesOnlyTheFloodingSocket() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
                RoomClient flooder = RoomClient.connect(setup.defense(), setup.ticket(setup.member()))) {
            secretary.await("welcome");
            flooder.await("welcome");
            for (int i = 0; i < 150 && !flooder.isClosed(); i++) {
                flooder.send("{\"type\":\"ping\"}");
            }
            assertEquals(1008, flooder.awaitClose(Duration.ofSeconds(10)));
            assertEquals(setup.memberId(0), secretary.await("left").getString("participantId"));
            secretary.send("{\"type\":\"ping\"}");
            secretary.await("pong");
        }
    }
}
