package it.viva.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Defenses;
import it.viva.support.RoomClient;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Who gets into a defense room, and with what. */
class RoomEntryIT {

    @Test
    void theHandshakeNeedsAGoodSingleUseTicketForThatDefense() {
        Defenses.Setup setup = Defenses.scheduled();
        assertEquals(403, RoomClient.handshakeStatus(setup.defense(), "forged"));
        assertEquals(403, RoomClient.handshakeStatus(setup.defense(), ""));
        String ticket = setup.ticket(Api.secretary());
        Defenses.Setup other = Defenses.scheduled();
        assertEquals(403, RoomClient.handshakeStatus(other.defense(), ticket), "a ticket opens only its defense");
        String fresh = setup.ticket(Api.secretary());
        try (RoomClient client = RoomClient.connect(setup.defense(), fresh)) {
            assertEquals("room", client.await("welcome").getString("state"));
        }
        assertEquals(403, RoomClient.handshakeStatus(setup.defense(), fresh), "a ticket is single-use");
    }

    @Test
    void ticketsAreForTheSecretariatEligibleMembersAndJoinLinkHolders() {
        Defenses.Setup setup = Defenses.scheduled();
        String path = "/api/defenses/" + setup.defense() + "/ticket";
        Api.Reply member = setup.member().post(path, new byte[0], null);
        assertEquals(201, member.status(), member::toString);
        assertTrue(member.json().getString("url").contains("/defense.html?d=" + setup.defense() + "&t="));

        assertRefused(403, "recused", setup.recused().post(path, new byte[0], null));
        assertRefused(403, "not_on_panel", setup.outsider().post(path, new byte[0], null));
        assertRefused(401, "unauthenticated", Api.anonymous().post(path, new byte[0], null));
        assertRefused(403, "invalid_join_token", Api.anonymous().post(path, "{\"joinToken\":\"nope\"}"));
        assertRefused(400, "malformed_json", Api.anonymous().post(path, "{\"joinToken\":"));
        assertRefused(404, "defense_not_found", Api.secretary().post("/api/defenses/987654321/ticket",
                new byte[0], null));

        String token = setup.joinToken();
        assertRefused(409, "lobby_not_open", Api.anonymous().post(path, "{\"joinToken\":\"" + token + "\"}"));
        setup.applicantTicket(token);
        Defenses.Setup other = Defenses.scheduled();
        assertRefused(403, "invalid_join_token", Api.anonymous().post("/api/defenses/" + other.defense()
                + "/ticket", "{\"joinToken\":\"" + token + "\"}"));

        String newer = setup.joinToken();
        assertRefused(403, "invalid_join_token", Api.anonymous().post(path, "{\"joinToken\":\"" + token + "\"}"));
        setup.applicantTicket(newer);
        assertEquals(204, Api.secretary().send("DELETE", "/api/defenses/" + setup.defense() + "/join-link", null)
                .status());
        assertRefused(403, "invalid_join_token", Api.anonymous().post(path, "{\"joinToken\":\"" + newer + "\"}"));
    }

    @Test
    void theApplicantWaitsInTheLobbyUntilAdmitted() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
                RoomClient member = RoomClient.connect(setup.defense(), setup.ticket(setup.member()))) {
            JsonObject secretaryWelcome = secretary.await("welcome");
            assertEquals("保密姓名", secretaryWelcome.getJsonObject("applicant").getString("name"));
            member.await("welcome");
            secretary.await("joined");

            Api.Reply early = Api.secretary().post("/api/defenses/" + setup.defense() + "/admit", new byte[0], null);
            assertRefused(409, "not_waiting", early);

            try (RoomClient applicant = RoomClient.connect(setup.defense(),
                    setup.applicantTicket(setup.joinToken()))) {
                JsonObject welcome = applicant.await("welcome");
                assertEquals("lobby", welcome.getString("state"));
                assertEquals(0, welcome.getJsonArray("participants").size(), "the lobby sees no one");
                JsonObject waiting = secretary.await("waiting");
                assertEquals(setup.applicantId(), waiting.getJsonArray("waiting").getJsonObject(0).getString("id"));
                assertFalse(Api.secretary().get("/api/defenses/" + setup.defense() + "/presence").json()
                        .getJsonArray("present").toString().contains(setup.applicantId()),
                        "an applicant in the lobby is not present yet");

                Api.Reply admitted = Api.secretary().post("/api/defenses/" + setup.defense() + "/admit",
                        new byte[0], null);
                assertEquals(200, admitted.status(), admitted::toString);
                JsonObject admittedMessage = applicant.await("admitted");
                assertEquals(2, admittedMessage.getJsonArray("participants").size());
                JsonObject joined = member.await("joined");
                assertEquals(setup.applicantId(), joined.getJsonObject("participant").getString("id"));
                assertEquals("APPLICANT", joined.getJsonObject("participant").getString("role"));
                assertTrue(Api.secretary().get("/api/defenses/" + setup.defense() + "/presence").json()
                        .getJsonArray("present").toString().contains(setup.applicantId()));
            }
            assertEquals(setup.applicantId(), member.await("left").getString("participantId"));
        }
    }

    @Test
    void membersSeeTheApplicantOnlyAsADefenseNumber() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
                RoomClient member = RoomClient.connect(setup.defense(), setup.ticket(setup.member()))) {
            JsonObject welcome = member.await("welcome");
            assertFalse(welcome.containsKey("applicant"));
            secretary.await("welcome");
            try (RoomClient applicant = RoomClient.connect(setup.defense(),
                    setup.applicantTicket(setup.joinToken()))) {
                applicant.await("welcome");
                secretary.send("{\"type\":\"admit\",\"participantId\":\"" + setup.applicantId() + "\"}");
                JsonObject joined = member.await("joined");
                assertTrue(joined.getJsonObject("participant").getString("name").startsWith("答辩人 "));
                applicant.await("admitted");
            }
            String everything = member.seen().toString();
            assertFalse(everything.contains("保密姓名"), everything);
            assertFalse(everything.contains("新疆昆仑交通规划设计院有限公司"), everything);
        }
    }

    @Test
    void aResumeTokenTakesTheSeatBackAndTheOldSocketIsClosed() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
                RoomClient first = RoomClient.connect(setup.defense(), setup.ticket(setup.member()))) {
            secretary.await("welcome");
            String resume = first.await("welcome").getString("resumeToken");
            secretary.await("joined");
            Api.Reply ticket = Api.anonymous().post("/api/defenses/" + setup.defense() + "/ticket",
                    "{\"resumeToken\":\"" + resume + "\"}");
            assertEquals(201, ticket.status(), ticket::toString);
            try (RoomClient again = RoomClient.connect(setup.defense(), ticket.json().getString("ticket"))) {
                JsonObject welcome = again.await("welcome");
                assertEquals(setup.memberId(0), welcome.getJsonObject("you").getString("id"));
                assertEquals(4000, first.awaitClose(java.time.Duration.ofSeconds(10)));
                assertEquals(setup.memberId(0), secretary.await("left").getString("participantId"));
                assertEquals(setup.memberId(0), secretary.await("joined").getJsonObject("participant")
                        .getString("id"));
            }
            assertRefused(403, "invalid_resume_token", Api.anonymous().post("/api/defenses/" + setup.defense()
                    + "/ticket", "{\"resumeToken\":\"guess\"}"));
        }
    }

    @Test
    void theSecretariatCanDropASocketAndThePageComesBack() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient member = RoomClient.connect(setup.defense(), setup.ticket(setup.member()))) {
            member.await("welcome");
            Api.Reply drop = Api.secretary().post("/api/defenses/" + setup.defense() + "/participants/"
                    + setup.memberId(0) + "/drop", new byte[0], null);
            assertEquals(200, drop.status(), drop::toString);
            assertEquals(4001, member.awaitClose(java.time.Duration.ofSeconds(10)));
        }
        assertRefused(404, "participant_not_connected", Api.secretary().post("/api/defenses/" + setup.defense()
                + "/participants/M1/drop", new byte[0], null));
    }

    @Test
    void aJoinLinkExpiresAfterTheDefenseEndsPlusTheGracePeriod() {
        long round = Api.secretary().post("/api/rounds", it.viva.support.Fixtures.roundBody(
                it.viva.support.Fixtures.unique("past")).add("defenseFrom", "2025-03-03").add("defenseTo", "2025-03-07")
                .build()).id();
        java.util.List<Long> members = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(it.viva.support.Fixtures.member("往年单位" + i));
        }
        long panel = it.viva.support.Fixtures.panel(round, java.util.List.of("ENG11"), members);
        long applicant = it.viva.support.Fixtures.applicant(it.viva.support.Fixtures.applicantBody(round, "SENIOR"));
        long defense = Api.secretary().post("/api/defenses", "{\"applicantId\": " + applicant + ", \"panelId\": "
                + panel + ", \"start\": \"2025-03-03T09:00:00+08:00\"}").id();
        Api.Reply link = Api.secretary().post("/api/defenses/" + defense + "/join-link", new byte[0], null);
        assertEquals(201, link.status(), link::toString);
        assertTrue(link.json().getString("expiresAt").startsWith("2025-03-03T11:30"), link::toString);
        String token = java.net.URI.create(link.json().getString("url")).getFragment().substring(5);
        Api.secretary().post("/api/defenses/" + defense + "/stage", "{\"stage\":\"LOBBY\"}");
        assertRefused(403, "invalid_join_token", Api.anonymous().post("/api/defenses/" + defense + "/ticket",
                "{\"joinToken\":\"" + token + "\"}"));
    }

    @Test
    void aParticipantHoldsAtMostFiveUnusedTickets() {
        Defenses.Setup setup = Defenses.scheduled();
        for (int i = 0; i < 5; i++) {
            setup.ticket(setup.member());
        }
        assertRefused(429, "too_many_tickets", setup.member().post("/api/defenses/" + setup.defense() + "/ticket",
                new byte[0], null));
        assertEquals(201, Api.secretary().post("/api/defenses/" + setup.defense() + "/ticket", new byte[0], null)
                .status(), "the limit is per participant");
    }

    static void assertRefused(int status, String code, Api.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(code, reply.error(), reply::toString);
    }
}
