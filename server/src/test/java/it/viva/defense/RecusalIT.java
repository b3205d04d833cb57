package it.viva.defense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Dates;
import it.viva.support.Defenses;
import it.viva.support.Fixtures;
import it.viva.support.RoomClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Recusal beyond the employer, over HTTP and the room's socket. {@link Defenses#scheduled} gives a
 * panel of seven whose seventh member shares the applicant's employer: six eligible and a quorum
 * of ⌈⅔ × 7⌉ = 5, so one more member may stand down, not two.
 */
class RecusalIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Api.Reply recuse(Defenses.Setup setup, Api as, String body) {
        return as.post("/api/defenses/" + setup.defense() + "/recusals", body);
    }

    private static Api.Reply secretariatRecuses(Defenses.Setup setup, int member, String reason) {
        return recuse(setup, Api.secretary(), "{\"memberId\":" + setup.members().get(member) + ",\"reason\":\""
                + reason + "\"}");
    }

    private static Set<Long> eligible(Defenses.Setup setup) {
        JsonObject defense = Api.secretary().get("/api/defenses/" + setup.defense()).json();
        return ids(defense.getJsonArray("eligibleMemberIds"));
    }

    private static Set<Long> ids(JsonArray array) {
        return array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).collect(Collectors.toSet());
    }

    private static Api.Reply ticket(Defenses.Setup setup, Api as) {
        return as.post("/api/defenses/" + setup.defense() + "/ticket", new byte[0], null);
    }

    @Test
    void theSecretariatsRecusalTakesTheMemberOutOfTheDefense() {
        Defenses.Setup setup = Defenses.scheduled();
        long second = setup.members().get(1);
        setup.openLobby();
        List<RoomClient> open = new ArrayList<>();
        try {
            // The second member is in the room when the secretariat records the recusal.
            RoomClient inRoom = connect(open, setup, setup.ticket(setup.memberApis().get(1)));
            String resumeToken = inRoom.await("welcome").getString("resumeToken");
            String unusedTicket = setup.ticket(setup.memberApis().get(1));

            Api.Reply recused = secretariatRecuses(setup, 1, "该评委曾指导申报人的代表作");
            assertEquals(201, recused.status(), recused::toString);
            JsonObject recusal = recused.json();
            assertEquals(second, recusal.getJsonNumber("memberId").longValue());
            assertEquals(setup.defense(), recusal.getJsonNumber("defenseId").longValue());
            assertEquals("该评委曾指导申报人的代表作", recusal.getString("reason"));
            assertEquals("secretary", recusal.getString("recordedBy"));
            assertFalse(recusal.getBoolean("declared"));
            assertTrue(recusal.containsKey("recordedAt") && recusal.containsKey("id"), recusal::toString);
            Set<Long> rest = Set.copyOf(setup.members().subList(0, 6).stream().filter(m -> m != second).toList());
            assertEquals(rest, ids(recusal.getJsonArray("eligibleMemberIds")));
            assertEquals(rest, eligible(setup));

            // Out of the room, and no way back in: no ticket, no resume token, no ticket given before.
            assertEquals(4001, inRoom.awaitClose(WAIT), "the recused member's socket is dropped");
            Api.Reply noTicket = ticket(setup, setup.memberApis().get(1));
            assertEquals(403, noTicket.status(), noTicket::toString);
            assertEquals("recused", noTicket.error());
            Api.Reply noResume = Api.anonymous().post("/api/defenses/" + setup.defense() + "/ticket",
                    "{\"resumeToken\":\"" + resumeToken + "\"}");
            assertEquals(403, noResume.status(), noResume::toString);
            assertEquals("recused", noResume.error());
            assertEquals(403, RoomClient.handshakeStatus(setup.defense(), unusedTicket),
                    "a ticket taken before the recusal opens no socket");

            // Not counted: five eligible, and voting opens with those five present.
            JsonObject votes = Api.secretary().get("/api/defenses/" + setup.defense() + "/votes").json();
            assertEquals(5, votes.getInt("eligible"), votes::toString);
            assertEquals(5, votes.getInt("quorum"));
            for (int m : List.of(0, 2, 3, 4, 5)) {
                connect(open, setup, setup.ticket(setup.memberApis().get(m))).await("welcome");
            }
            openVoting(setup, open, List.of(0, 2, 3, 4, 5));
            JsonObject status = Api.secretary().get("/api/defenses/" + setup.defense() + "/votes").json();
            assertEquals(rest, ids(status.getJsonArray("presentEligible")), status::toString);

            // No vote from the recused member.
            Api.Reply vote = setup.memberApis().get(1).post("/api/defenses/" + setup.defense() + "/votes",
                    "{\"decision\":\"PASS\"}");
            assertEquals(403, vote.status(), vote::toString);
            assertEquals("not_eligible", vote.error());
            for (int m : List.of(0, 2, 3, 4, 5)) {
                Api.Reply cast = setup.memberApis().get(m).post("/api/defenses/" + setup.defense() + "/votes",
                        "{\"decision\":\"PASS\"}");
                assertEquals(201, cast.status(), cast::toString);
            }
            assertEquals(200, stage(setup, "CLOSED").status());
            JsonObject result = Api.secretary().get("/api/defenses/" + setup.defense() + "/result").json();
            assertEquals("PASSED", result.getString("outcome"), result::toString);
            assertEquals(5, result.getInt("eligible"));
            assertEquals(5, result.getInt("votesCast"));
        } finally {
            open.forEach(RoomClient::close);
        }
    }

    @Test
    void aRecusalThatWouldLeaveFewerThanTheQuorumIsRefused() {
        Defenses.Setup setup = Defenses.scheduled();
        assertEquals(201, secretariatRecuses(setup, 0, "利益冲突").status());
        Api.Reply lost = secretariatRecuses(setup, 1, "利益冲突");
        assertEquals(409, lost.status(), lost::toString);
        assertEquals("quorum_lost", lost.error());
        assertEquals(5, lost.json().getInt("quorum"));
        Api.Reply declared = recuse(setup, setup.memberApis().get(2), "{\"reason\":\"利益冲突\"}");
        assertEquals(409, declared.status(), declared::toString);
        assertEquals("quorum_lost", declared.error(), "a member's own declaration keeps the quorum too");
        assertEquals(5, eligible(setup).size());
        assertEquals(201, ticket(setup, setup.memberApis().get(1)).status(), "the refused recusal changed nothing");

        // The way out: another panel. Moving the defense keeps the recusal on a panel that has the member too.
        List<Long> otherPanel = new ArrayList<>(setup.members().subList(0, 1));
        for (int i = 0; i < 6; i++) {
            otherPanel.add(Fixtures.member("别的评审单位" + i));
        }
        long panel = Fixtures.panel(setup.round(), List.of("ENG11"), otherPanel);
        Api.Reply moved = Api.secretary().send("PUT", "/api/defenses/" + setup.defense(), Dates.shifted(
                "{\"panelId\":" + panel + ",\"start\":\"2026-12-07T09:00:00+08:00\"}"));
        assertEquals(200, moved.status(), moved::toString);
        Set<Long> now = ids(moved.json().getJsonArray("eligibleMemberIds"));
        assertEquals(Set.copyOf(otherPanel.subList(1, 7)), now, "the member who stood down does not sit there either");
    }

    @Test
    void noRecusalOnceVotingOpened() {
        Defenses.Setup setup = Defenses.scheduled();
        setup.openLobby();
        List<RoomClient> open = new ArrayList<>();
        try {
            for (int m = 0; m < 5; m++) {
                connect(open, setup, setup.ticket(setup.memberApis().get(m))).await("welcome");
            }
            openVoting(setup, open, List.of(0, 1, 2, 3, 4));
            Api.Reply late = secretariatRecuses(setup, 5, "利益冲突");
            assertEquals(409, late.status(), late::toString);
            assertEquals("voting_open", late.error());
            Api.Reply own = recuse(setup, setup.memberApis().get(5), "{\"reason\":\"利益冲突\"}");
            assertEquals(409, own.status(), own::toString);
            assertEquals("voting_open", own.error());
            assertEquals(200, stage(setup, "CLOSED").status());
            Api.Reply closed = secretariatRecuses(setup, 5, "利益冲突");
            assertEquals(409, closed.status(), closed::toString);
            assertEquals("defense_closed", closed.error());
            assertEquals(6, eligible(setup).size());
        } finally {
            open.forEach(RoomClient::close);
        }
    }

    @Test
    void aMemberDeclaresTheirOwnRecusalOnlyOnceAndForNobodyElse() {
        Defenses.Setup setup = Defenses.scheduled();
        Api member = setup.memberApis().get(2);
        long own = setup.members().get(2);
        Api.Reply other = recuse(setup, member, "{\"memberId\":" + setup.members().get(3) + ",\"reason\":\"代人回避\"}");
        assertEquals(403, other.status(), other::toString);
        assertEquals("not_yourself", other.error());
        assertEquals(6, eligible(setup).size(), "a member cannot recuse another");

        Api.Reply declared = recuse(setup, member, "{\"reason\":\"与申报人系近亲属\"}");
        assertEquals(201, declared.status(), declared::toString);
        assertEquals(own, declared.json().getJsonNumber("memberId").longValue());
        assertTrue(declared.json().getBoolean("declared"));
        assertEquals(member.credentials().username(), declared.json().getString("recordedBy"));
        assertFalse(eligible(setup).contains(own));
        JsonObject agendaItem = member.get("/api/me/defenses").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getJsonNumber("defenseId").longValue() == setup.defense()).findFirst().orElseThrow();
        assertFalse(agendaItem.getBoolean("eligible"), "the home page shows the member as standing down");
        Api.Reply ticket = ticket(setup, member);
        assertEquals(403, ticket.status(), ticket::toString);
        assertEquals("recused", ticket.error());

        Api.Reply again = recuse(setup, member, "{\"reason\":\"再次声明\"}");
        assertEquals(409, again.status(), again::toString);
        assertEquals("already_recused", again.error());
        Api.Reply bySecretariat = secretariatRecuses(setup, 2, "再次登记");
        assertEquals(409, bySecretariat.status(), bySecretariat::toString);
        assertEquals("already_recused", bySecretariat.error());
        Api.Reply employer = recuse(setup, setup.recused(), "{\"reason\":\"同单位\"}");
        assertEquals(409, employer.status(), employer::toString);
        assertEquals("already_recused", employer.error(), "the member from the applicant's employer stands down already");
    }

    @Test
    void whoMayRecordARecusalAndWhatItNeeds() {
        Defenses.Setup setup = Defenses.scheduled();
        Api.Reply outsider = recuse(setup, setup.outsider(), "{\"reason\":\"利益冲突\"}");
        assertEquals(403, outsider.status(), outsider::toString);
        assertEquals("not_on_panel", outsider.error());
        Api.Reply notOnPanel = recuse(setup, Api.secretary(), "{\"memberId\":" + Fixtures.member("某单位")
                + ",\"reason\":\"利益冲突\"}");
        assertEquals(404, notOnPanel.status(), notOnPanel::toString);
        assertEquals("member_not_on_panel", notOnPanel.error());
        assertEquals("member_not_found", recuse(setup, Api.secretary(),
                "{\"memberId\":999999999,\"reason\":\"利益冲突\"}").error());
        assertEquals("member_required", recuse(setup, Api.secretary(), "{\"reason\":\"利益冲突\"}").error());
        for (String body : List.of("{\"memberId\":" + setup.members().get(0) + "}",
                "{\"memberId\":" + setup.members().get(0) + ",\"reason\":\"  \"}")) {
            Api.Reply noReason = recuse(setup, Api.secretary(), body);
            assertEquals(400, noReason.status(), noReason::toString);
            assertEquals("reason_required", noReason.error());
        }
        Api.Reply bidi = recuse(setup, setup.member(), "{\"reason\":\"利益\\u202e冲突\"}");
        assertEquals(400, bidi.status(), bidi::toString);
        assertEquals("invalid_text", bidi.error());
        Api.Reply unknown = Api.secretary().post("/api/defenses/999999999/recusals",
                "{\"memberId\":" + setup.members().get(0) + ",\"reason\":\"利益冲突\"}");
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals(401, Api.anonymous().post("/api/defenses/" + setup.defense() + "/recusals",
                "{\"reason\":\"利益冲突\"}").status());
        assertEquals(6, eligible(setup).size(), "nothing was recorded");
    }

    @Test
    void employersSpelledDifferentlyStandDownAtBooking() {
        long round = Fixtures.round();
        List<Long> members = new ArrayList<>();
        members.add(Fixtures.member("新疆天山建设工程有限公司"));
        members.add(Fixtures.member("新疆天山建设工程 股份有限公司"));
        for (int i = 0; i < 5; i++) {
            members.add(Fixtures.member(i == 0 ? "新疆天山设计有限公司" : "独立评审单位" + i));
        }
        members.add(Fixtures.member("（新疆）天山建设工程有限公司"));
        long panel = Fixtures.panel(round, List.of("ENG11"), members);
        assertEquals(Set.copyOf(members.subList(2, 8)), book(round, "新疆天山建设工程有限责任公司", panel, "09:00"),
                "有限公司, 有限责任公司 and 股份有限公司 with a space are one employer; 天山设计 and （新疆）天山建设 are others");
        assertEquals(Set.copyOf(members.subList(0, 7)), book(round, "(新疆)天山建设工程有限责任公司", panel, "15:00"),
                "（） and () are one spelling");
    }

    /** Books a new applicant of this employer before the panel on 8 December; the eligible members. */
    private static Set<Long> book(long round, String employer, long panel, String time) {
        long applicant = Fixtures.applicant(Fixtures.applicantBody(round, "SENIOR").add("employer", employer));
        Api.Reply defense = Api.secretary().post("/api/defenses", Dates.shifted("""
                {"applicantId": %d, "panelId": %d, "start": "2026-12-08T%s:00+08:00"}""".formatted(applicant, panel,
                time)));
        assertEquals(201, defense.status(), defense::toString);
        return ids(defense.json().getJsonArray("eligibleMemberIds"));
    }

    // --- the room --------------------------------------------------------------------------------

    private static RoomClient connect(List<RoomClient> open, Defenses.Setup setup, String ticket) {
        RoomClient client = RoomClient.connect(setup.defense(), ticket);
        open.add(client);
        return client;
    }

    private static Api.Reply stage(Defenses.Setup setup, String stage) {
        return Api.secretary().post("/api/defenses/" + setup.defense() + "/stage", "{\"stage\":\"" + stage + "\"}");
    }

    /** Admits the applicant (which VOTING needs), then opens the vote once these members are present. */
    private static void openVoting(Defenses.Setup setup, List<RoomClient> open, List<Integer> members) {
        RoomClient applicant = connect(open, setup, setup.applicantTicket(setup.joinToken()));
        applicant.await("welcome");
        awaitUntil("the applicant waits in the lobby", () -> presence(setup).getJsonArray("waiting").toString()
                .contains(setup.applicantId()));
        setup.verifyIdentity();
        Api.Reply admitted = Api.secretary().post("/api/defenses/" + setup.defense() + "/admit", new byte[0], null);
        assertEquals(200, admitted.status(), admitted::toString);
        awaitUntil("the members are present", () -> {
            String present = presence(setup).getJsonArray("present").toString();
            return members.stream().allMatch(m -> present.contains("\"" + setup.memberId(m) + "\""));
        });
        Api.Reply voting = stage(setup, "VOTING");
        assertEquals(200, voting.status(), voting::toString);
    }

    private static JsonObject presence(Defenses.Setup setup) {
        return Api.secretary().get("/api/defenses/" + setup.defense() + "/presence").json();
    }

    private static void awaitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + WAIT);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
