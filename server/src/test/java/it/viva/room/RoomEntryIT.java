package it.viva.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Defenses;
import it.viva.support.RoomClient;
import jakarta.json.Json;
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

        Api.Reply recused = setup.recused().post(path, new byte[0], null);
        assertRefused(403, "recused", recused);
        assertFalse(recused.body().contains("employer"), "the reason would narrow down the applicant: " + recused);
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

    /** Without a valid token the answer is the same, whatever defense the request names. */
    @Test
    void aBadTokenGetsTheSame403ForEveryDefense() {
        Defenses.Setup closed = Defenses.scheduled();
        assertEquals(200, Api.secretary().post("/api/defenses/" + closed.defense() + "/stage",
                "{\"stage\":\"CLOSED\"}").status());
        Defenses.Setup scheduled = Defenses.scheduled();
        for (long defense : new long[] {987654321L, closed.defense(), scheduled.defense()}) {
            String path = "/api/defenses/" + defense + "/ticket";
            assertRefused(403, "invalid_join_token", Api.anonymous().post(path, "{\"joinToken\":\"junk\"}"));
            assertRefused(403, "invalid_resume_token", Api.anonymous().post(path, "{\"resumeToken\":\"junk\"}"));
            assertRefused(403, "invalid_join_token", Api.anonymous().post("/api/defenses/" + defense + "/outcome",
                    "{\"joinToken\":\"junk\"}"));
        }
    }

    /**
     * Revoking the applicant's link shuts them out: the open socket closes with 4003 (the page does
     * not come back), the resume token and an unused ticket taken before no longer open the room.
     */
    @Test
    void aRevokedJoinLinkClosesTheApplicantsSocketAndVoidsTheirResumeToken() {
        Defenses.Setup setup = Defenses.scheduled();
        String path = "/api/defenses/" + setup.defense() + "/ticket";
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()))) {
            secretary.await("welcome");
            String token = setup.joinToken();
            try (RoomClient applicant = RoomClient.connect(setup.defense(), setup.applicantTicket(token))) {
                String resume = applicant.await("welcome").getString("resumeToken");
                secretary.await("waiting");
                Api.Reply spare = Api.anonymous().post(path, "{\"resumeToken\":\"" + resume + "\"}");
                assertEquals(201, spare.status(), spare::toString);

                assertEquals(204, Api.secretary().send("DELETE", "/api/defenses/" + setup.defense() + "/join-link",
                        null).status());
                assertEquals(4003, applicant.awaitClose(java.time.Duration.ofSeconds(10)));
                assertRefused(403, "invalid_resume_token", Api.anonymous().post(path,
                        "{\"resumeToken\":\"" + resume + "\"}"));
                assertRefused(403, "invalid_join_token", Api.anonymous().post(path,
                        "{\"joinToken\":\"" + token + "\"}"));
                assertEquals(403, RoomClient.handshakeStatus(setup.defense(), spare.json().getString("ticket")),
                        "a ticket taken before the revocation");
                assertTrue(Api.secretary().get("/api/defenses/" + setup.defense() + "/presence").json()
                        .getJsonArray("waiting").isEmpty());
            }
        }
    }

    /** Links are built from VIVA_PUBLIC_URL, whatever Host and X-Forwarded-* headers a request brings. */
    @Test
    void joinLinksAndTicketUrlsIgnoreTheRequestsHostHeaders() throws Exception {
        Defenses.Setup setup = Defenses.scheduled();
        Api.Credentials secretary = Api.secretary().credentials();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((secretary.username() + ":"
                + secretary.password()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (String what : new String[] {"join-link", "ticket"}) {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(Api.BASE + "/api/defenses/" + setup.defense() + "/" + what))
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                    .header("Authorization", basic)
                    .header("Host", "evil.example")
                    .header("X-Forwarded-Host", "evil.example")
                    .header("X-Forwarded-Proto", "https")
                    .build();
            java.net.http.HttpResponse<String> reply = client.send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(201, reply.statusCode(), reply::body);
            String url = Json.createReader(new java.io.StringReader(reply.body())).readObject().getString("url");
            assertTrue(url.startsWith(Api.BASE + "/defense.html?d=" + setup.defense()), url);
        }
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

                assertRefused(409, "identity_not_verified", Api.secretary().post("/api/defenses/"
                        + setup.defense() + "/admit", new byte[0], null));
                setup.verifyIdentity();
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
                assertEquals("identity_not_verified", secretary.await("error").getString("code"),
                        "the socket's admission needs the identity check too");
                setup.verifyIdentity();
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

    /** The link's life (the refusal after it is JoinLinkTest's: a defense cannot be booked in the past). */
    @Test
    void aJoinLinkLastsUntilTheDefenseEndsPlusTheGracePeriod() {
        Defenses.Setup setup = Defenses.scheduled();
        Api.Reply link = Api.secretary().post("/api/defenses/" + setup.defense() + "/join-link", new byte[0], null);
        assertEquals(201, link.status(), link::toString);
        JsonObject defense = Api.secretary().get("/api/defenses/" + setup.defense()).json();
        assertEquals(java.time.OffsetDateTime.parse(defense.getString("end")).plusMinutes(120).toInstant(),
                java.time.OffsetDateTime.parse(link.json().getString("expiresAt")).toInstant(), link::toString);
    }

    @Test
    void aParticipantHoldsAtMostFiveUnusedTickets() {
        Defenses.Setup setup = Defenses.scheduled();
        for (int i = 0; i < 5; i++) {
            setup.ticket(setup.member());
        }
        Api.Reply tooMany = setup.member().post("/api/defenses/" + setup.defense() + "/ticket", new byte[0], null);
        assertRefused(429, "too_many_tickets", tooMany);
        long retryAfter = Long.parseLong(tooMany.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 61, tooMany::toString);
        assertEquals(201, Api.secretary().post("/api/defenses/" + setup.defense() + "/ticket", new byte[0], null)
                .status(), "the limit is per participant");
    }

    static void assertRefused(int status, String code, Api.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(code, reply.error(), reply::toString);
    }
}
