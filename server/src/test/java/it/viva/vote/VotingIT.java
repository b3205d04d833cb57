package it.viva.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Dates;
import it.viva.support.Fixtures;
import it.viva.support.RoomClient;
import it.viva.support.Voting;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** One-vote veto, quorum and sealed votes over real HTTP and WebSocket. */
class VotingIT {

    private static final String VETO_REASON = "陈述内容与业绩材料不符，答辩回答存在明显错误";

    @Test
    void votingOpensOnlyWithAQuorumPresent() {
        try (Voting room = Voting.with(4)) {
            Api.Reply refused = room.stage("VOTING");
            assertEquals(409, refused.status(), refused::toString);
            assertEquals("no_quorum", refused.error());
            RoomClient fifth = RoomClient.connect(room.setup.defense(),
                    room.setup.ticket(room.setup.memberApis().get(4)));
            room.members.add(fifth);
            fifth.await("welcome");
            room.awaitPresent(5);
            room.open();
        }
    }

    @Test
    void allMembersVotingAtOnceGiveExactlyOneVoteEach() throws Exception {
        try (Voting room = Voting.with(6)) {
            room.open();
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
            for (int m = 0; m < 6; m++) {
                for (int attempt = 0; attempt < 2; attempt++) {
                    int member = m;
                    replies.add(CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return room.vote(member, "PASS", null);
                    }));
                }
            }
            start.countDown();
            List<Api.Reply> answers = replies.stream().map(CompletableFuture::join).toList();
            List<Integer> statuses = answers.stream().map(Api.Reply::status).toList();
            assertEquals(6, statuses.stream().filter(s -> s == 201).count(), answers::toString);
            assertEquals(6, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
            JsonObject status = Api.secretary().get("/api/defenses/" + room.setup.defense() + "/votes").json();
            assertEquals(6, status.getInt("votesCast"));
            assertEquals(200, room.stage("CLOSED").status());
            JsonObject result = room.result(Api.secretary());
            assertEquals("PASSED", result.getString("outcome"));
            assertEquals(6, result.getInt("votesCast"));
            assertEquals(6, result.getInt("present"));
            assertEquals(5, result.getInt("quorum"));
            assertEquals(6, result.getInt("eligible"));
            assertEquals(0, result.getInt("vetoes"));
        }
    }

    /**
     * Five members vote while the secretary closes, many times over: each vote either commits
     * before the close and is counted, or is refused as not_voting, and the outcome settled at
     * close is always the recount of the votes stored.
     */
    @Test
    void votesRacingTheCloseAreEitherCountedOrRefused() {
        for (int run = 0; run < 6; run++) {
            try (Voting room = Voting.with(5)) {
                room.open();
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<Api.Reply>> votes = new ArrayList<>();
                for (int m = 0; m < 5; m++) {
                    int member = m;
                    votes.add(CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return room.vote(member, "PASS", null);
                    }));
                }
                CompletableFuture<Api.Reply> close = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return room.stage("CLOSED");
                });
                start.countDown();
                List<Api.Reply> answers = votes.stream().map(CompletableFuture::join).toList();
                assertEquals(200, close.join().status(), close.join()::toString);
                long accepted = answers.stream().filter(r -> r.status() == 201).count();
                answers.stream().filter(r -> r.status() != 201)
                        .forEach(r -> assertRefused(409, "not_voting", r));

                JsonObject result = room.result(Api.secretary());
                int stored = result.getJsonArray("votes").size();
                assertEquals(accepted, stored, "every vote answered 201 is stored, no other: " + result);
                assertEquals(stored, result.getInt("votesCast"), result::toString);
                String recount = stored == 5 ? "PASSED" : "INVALID";
                assertEquals(recount, result.getString("outcome"), "run " + run + ": " + answers + " " + result);
            }
        }
    }

    @Test
    void aRepeatedRequestAnswersAsTheFirstAndAConflictingSecondVoteIs409() {
        try (Voting room = Voting.with(5)) {
            room.open();
            String path = "/api/defenses/" + room.setup.defense() + "/votes";
            Api member = room.setup.member();
            Api.Reply first = member.postWithHeader(path, "{\"decision\":\"PASS\"}", "Idempotency-Key", "k-1");
            assertEquals(201, first.status(), first::toString);
            Api.Reply again = member.postWithHeader(path, "{\"decision\":\"PASS\"}", "Idempotency-Key", "k-1");
            assertEquals(201, again.status(), again::toString);
            assertEquals(first.json().getJsonNumber("voteId"), again.json().getJsonNumber("voteId"));
            assertTrue(again.json().getBoolean("repeated"));
            Api.Reply conflicting = member.postWithHeader(path, "{\"decision\":\"VETO\",\"reason\":\""
                    + VETO_REASON + "\"}", "Idempotency-Key", "k-2");
            assertEquals(409, conflicting.status());
            assertEquals("already_voted", conflicting.error());
            Api.Reply noKey = member.post(path, "{\"decision\":\"PASS\"}");
            assertEquals(409, noKey.status());
        }
    }

    /** A key names one request: sent again with another vote it is refused, never answered as the first. */
    @Test
    void anIdempotencyKeyReusedWithAnotherVoteIs422() {
        try (Voting room = Voting.with(5)) {
            room.open();
            String path = "/api/defenses/" + room.setup.defense() + "/votes";
            Api member = room.setup.member();
            String veto = "{\"decision\":\"VETO\",\"reason\":\"" + VETO_REASON + "\"}";
            assertEquals(201, member.postWithHeader(path, veto, "Idempotency-Key", "k-veto").status());
            Api.Reply pass = member.postWithHeader(path, "{\"decision\":\"PASS\"}", "Idempotency-Key", "k-veto");
            assertRefused(422, "idempotency_key_reused", pass);
            Api.Reply otherReason = member.postWithHeader(path, "{\"decision\":\"VETO\",\"reason\":\"另一个理由，足够长的理由。\"}",
                    "Idempotency-Key", "k-veto");
            assertRefused(422, "idempotency_key_reused", otherReason);
            Api.Reply same = member.postWithHeader(path, veto, "Idempotency-Key", "k-veto");
            assertEquals(201, same.status(), same::toString);
            assertEquals("VETO", same.json().getString("decision"));
            assertTrue(same.json().getBoolean("repeated"));
            JsonObject status = Api.secretary().get("/api/defenses/" + room.setup.defense() + "/votes").json();
            assertEquals(1, status.getInt("votesCast"));
        }
    }

    @Test
    void onlyEligibleMembersPresentInTheRoomMayVote() {
        try (Voting room = Voting.with(5)) {
            room.open();
            assertRefused(403, "not_eligible", room.vote(room.setup.outsider(), "PASS", null));
            assertRefused(403, "not_eligible", room.vote(room.setup.recused(), "PASS", null));
            assertRefused(403, "not_present", room.vote(5, "PASS", null));
            assertRefused(403, "not_eligible", room.vote(Api.secretary(), "PASS", null));
            assertRefused(401, "unauthenticated", room.vote(Api.anonymous(), "PASS", null));
            assertRefused(400, "reason_required", room.vote(0, "VETO", "太短"));
            assertRefused(400, "reason_required", room.vote(0, "VETO", null));
            assertRefused(400, "invalid_value", room.vote(0, "ABSTAIN", null));
            assertEquals(0, Api.secretary().get("/api/defenses/" + room.setup.defense() + "/votes").json()
                    .getInt("votesCast"), "no refused vote was stored");
        }
    }

    @Test
    void votesOutsideVotingAre409() {
        try (Voting room = Voting.with(5)) {
            assertEquals(200, room.stage("QUESTIONS").status());
            assertRefused(409, "not_voting", room.vote(0, "PASS", null));
            room.open();
            assertEquals(201, room.vote(0, "PASS", null).status());
            assertEquals(200, room.stage("CLOSED").status());
            assertRefused(409, "not_voting", room.vote(1, "PASS", null));
        }
    }

    @Test
    void oneVetoFailsTheDefenseAndVotesStaySealedUntilClose() {
        try (Voting room = Voting.with(6)) {
            room.open();
            for (int m = 0; m < 5; m++) {
                assertEquals(201, room.vote(m, "PASS", null).status());
            }
            Api.Reply veto = room.vote(5, "VETO", VETO_REASON);
            assertEquals(201, veto.status(), veto::toString);
            room.secretary.await("voted");

            Api.Reply early = room.setup.member().get("/api/defenses/" + room.setup.defense() + "/result");
            assertRefused(403, "not_closed", early);
            JsonObject pending = room.result(Api.secretary());
            assertEquals("PENDING", pending.getString("outcome"));
            assertNull(pending.get("vetoes") == null || pending.isNull("vetoes") ? null : "shown",
                    "no veto count while voting is open");
            JsonObject status = room.setup.member().get("/api/defenses/" + room.setup.defense() + "/votes").json();
            assertEquals(6, status.getJsonArray("voted").size());
            assertFalse(status.toString().contains("VETO"));

            List<String> sockets = new ArrayList<>();
            sockets.add(room.secretary.seen().toString());
            room.members.forEach(m -> sockets.add(m.seen().toString()));
            for (String seen : sockets) {
                assertFalse(seen.contains(VETO_REASON), "no reason over the socket while voting is open");
                assertFalse(seen.contains("\"decision\""), "no decision over the socket while voting is open");
                assertFalse(seen.contains("VETO"), seen);
            }

            assertEquals(200, room.stage("CLOSED").status());
            JsonObject result = room.result(Api.secretary());
            assertEquals("FAILED", result.getString("outcome"));
            assertEquals(1, result.getInt("vetoes"));
            assertTrue(result.getJsonArray("votes").toString().contains(VETO_REASON));
            byte[] sheet = Api.secretary().bytes("/api/defenses/" + room.setup.defense() + "/result-sheet.pdf");
            assertEquals("%PDF", new String(sheet, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            String text = pdfText(sheet);
            assertTrue(text.contains("FAILED"), text);
            assertTrue(text.contains("Vetoes"), text);
            String head = Api.secretary().get("/api/audit/verify").json().getString("head");
            assertTrue(text.replaceAll("\\s", "").contains(head.substring(0, 16)) || text.contains("Audit head"),
                    text);
            assertRefused(403, "forbidden", room.setup.member().get("/api/defenses/" + room.setup.defense()
                    + "/result-sheet.pdf"));
            JsonObject forMember = room.result(room.setup.member());
            assertEquals("FAILED", forMember.getString("outcome"));
            assertEquals(0, forMember.getJsonArray("votes").size(), "members see the outcome, not each vote");
        }
    }

    @Test
    void fewerVotesThanTheQuorumIsInvalid() {
        try (Voting room = Voting.with(5)) {
            room.open();
            for (int m = 0; m < 4; m++) {
                assertEquals(201, room.vote(m, "PASS", null).status());
            }
            assertEquals(200, room.stage("CLOSED").status());
            assertEquals("INVALID", room.result(Api.secretary()).getString("outcome"));
        }
    }

    @Test
    void aPresentMemberWhoDidNotVoteMakesAllPassInvalid() {
        try (Voting room = Voting.with(6)) {
            room.open();
            for (int m = 0; m < 5; m++) {
                assertEquals(201, room.vote(m, "PASS", null).status());
            }
            assertEquals(200, room.stage("CLOSED").status());
            JsonObject result = room.result(Api.secretary());
            assertEquals(6, result.getInt("present"));
            assertEquals("INVALID", result.getString("outcome"), "one present member did not vote");
        }
    }

    @Test
    void closingBeforeVotingIsInvalid() {
        try (Voting room = Voting.with(5)) {
            assertRefused(409, "not_closed", Api.secretary().get("/api/defenses/" + room.setup.defense()
                    + "/result-sheet.pdf"));
            assertEquals(200, room.stage("STATEMENT").status());
            assertEquals(200, room.stage("CLOSED").status());
            assertEquals("INVALID", room.result(Api.secretary()).getString("outcome"));
        }
    }

    @Test
    void theApplicantsLinkShowsTheOutcomeOnlyAfterPublication() {
        try (Voting room = Voting.with(5)) {
            String token = room.setup.joinToken();
            String path = "/api/defenses/" + room.setup.defense() + "/outcome";
            String body = "{\"joinToken\":\"" + token + "\"}";
            room.open();
            for (int m = 0; m < 5; m++) {
                assertEquals(201, room.vote(m, "PASS", null).status());
            }
            Api.Reply blocked = Api.secretary().post("/api/rounds/" + room.setup.round() + "/publish", new byte[0],
                    null);
            assertRefused(409, "defenses_not_closed", blocked);
            assertEquals(200, room.stage("CLOSED").status());

            JsonObject before = Api.anonymous().post(path, body).json();
            assertFalse(before.getBoolean("published"));
            assertFalse(before.containsKey("outcome"), before::toString);
            assertRefused(403, "invalid_join_token", Api.anonymous().post(path, "{\"joinToken\":\"guess\"}"));

            Api.Reply published = Api.secretary().post("/api/rounds/" + room.setup.round() + "/publish",
                    new byte[0], null);
            assertEquals(200, published.status(), published::toString);
            assertEquals(64, published.json().getString("head").length());
            assertEquals("PASSED", published.json().getJsonArray("outcomes").getJsonObject(0).getString("outcome"));
            JsonObject after = Api.anonymous().post(path, body).json();
            assertTrue(after.getBoolean("published"));
            assertEquals("PASSED", after.getString("outcome"));
            assertRefused(409, "already_published", Api.secretary().post("/api/rounds/" + room.setup.round()
                    + "/publish", new byte[0], null));
        }
    }

    /** Publication settles the round: its schedule and people no longer change, whatever else holds. */
    @Test
    void aPublishedRoundTakesNoNewMovedOrCancelledDefense() {
        try (Voting room = Voting.with(5)) {
            // Not yet schedulable (fees unpaid), so the round can be published without them.
            long late = Fixtures.applicant(Fixtures.applicantBody(room.setup.round(), "SENIOR")
                    .add("employer", "另一家单位").add("status", "SUBMITTED"));
            room.open();
            for (int m = 0; m < 5; m++) {
                assertEquals(201, room.vote(m, "PASS", null).status());
            }
            assertEquals(200, room.stage("CLOSED").status());
            assertEquals(200, Api.secretary().post("/api/rounds/" + room.setup.round() + "/publish", new byte[0],
                    null).status());

            Api secretary = Api.secretary();
            assertRefused(409, "round_published", secretary.post("/api/defenses", Dates.shifted("""
                    {"applicantId": %d, "panelId": %d, "start": "2026-12-09T09:00:00+08:00"}"""
                    .formatted(late, room.setup.panel()))));
            String defense = "/api/defenses/" + room.setup.defense();
            assertRefused(409, "round_published", secretary.send("PUT", defense,
                    Dates.shifted("{\"start\": \"2026-12-10T09:00:00+08:00\"}")));
            assertRefused(409, "round_published", secretary.send("DELETE", defense, null));
            assertRefused(409, "round_published", secretary.post("/api/applicants",
                    Fixtures.applicantBody(room.setup.round(), "SENIOR").build()));
            assertEquals(1, secretary.get("/api/defenses?roundId=" + room.setup.round()).array().size());
            JsonObject results = secretary.get("/api/rounds/" + room.setup.round() + "/results").json();
            assertEquals(1, results.getJsonArray("outcomes").size(), results::toString);
        }
    }

    private static String pdfText(byte[] pdf) {
        try (var reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
            return new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static void assertRefused(int status, String code, Api.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(code, reply.error(), reply::toString);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
