package it.viva.schedule;

import it.viva.support.Dates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each scheduling rule broken over HTTP, and the 409 naming it. */
class ManualSchedulingIT {

    private static final String CONFLICTED = "新疆天山建设工程有限公司";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Api api = Api.secretary();
    private long round;
    private long panel;
    private List<Long> members;

    @BeforeEach
    void newRoundAndPanel() {
        round = Fixtures.round();
        members = new ArrayList<>();
        members.add(Fixtures.member(CONFLICTED));
        members.add(Fixtures.member(CONFLICTED));
        for (int i = 0; i < 5; i++) {
            members.add(Fixtures.member("独立单位" + i));
        }
        panel = Fixtures.panel(round, List.of("ENG11", "ENG03"), members);
    }

    private long applicant(String level, String status, String employer, String specialty) {
        return Fixtures.applicant(Fixtures.applicantBody(round, level).add("status", status)
                .add("employer", employer).add("specialtyCode", specialty));
    }

    private long senior() {
        return applicant("SENIOR", "FEE_PAID", "另一家公司", "ENG11");
    }

    private Api.Reply schedule(long applicantId, long panelId, String start) {
        return api.post("/api/defenses", """
                {"applicantId": %d, "panelId": %d, "start": "%s"}""".formatted(applicantId, panelId, start));
    }

    /** A round whose period began three days ago: its calendar has days behind and ahead of now. */
    private long roundAroundToday() {
        LocalDate today = LocalDate.now(SHANGHAI);
        Api.Reply reply = api.post("/api/rounds", Fixtures.roundBody(Fixtures.unique("round"))
                .add("defenseFrom", today.minusDays(3).toString()).add("defenseTo", today.plusDays(3).toString())
                .add("dailyWindows", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("from", "00:00").add("to", "23:55")))
                .add("excludedDates", Json.createArrayBuilder()).build());
        assertEquals(201, reply.status(), reply::toString);
        return reply.id();
    }

    @Test
    void aDefenseCannotBePlacedOrMovedBeforeNow() {
        round = roundAroundToday();
        panel = Fixtures.panel(round, List.of("ENG11", "ENG03"), members);
        String yesterday = LocalDate.now(SHANGHAI).minusDays(1) + "T09:00:00+08:00";
        String tomorrow = LocalDate.now(SHANGHAI).plusDays(1) + "T09:00:00+08:00";
        Api.Reply past = schedule(senior(), panel, yesterday);
        assertEquals(Set.of("in_the_past"), rules(past));

        Api.Reply booked = schedule(senior(), panel, tomorrow);
        assertEquals(201, booked.status(), booked::toString);
        Api.Reply moved = api.send("PUT", "/api/defenses/" + booked.id(), "{\"start\": \"" + yesterday + "\"}");
        assertEquals(Set.of("in_the_past"), rules(moved));
        assertEquals(tomorrow, api.get("/api/defenses/" + booked.id()).json().getString("start"), "not moved");
    }

    private static Set<String> rules(Api.Reply reply) {
        assertEquals(409, reply.status(), reply::toString);
        assertEquals("scheduling_conflict", reply.error());
        return reply.json().getJsonArray("conflicts").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("rule")).collect(Collectors.toSet());
    }

    @Test
    void schedulesADefenseWhoseEndFollowsFromTheLevel() {
        Api.Reply created = schedule(senior(), panel, Dates.shifted("2026-12-07T09:00:00+08:00"));
        assertEquals(201, created.status(), created::toString);
        JsonObject defense = created.json();
        assertEquals(Dates.shifted("2026-12-07T09:30:00+08:00"), defense.getString("end"));
        assertEquals("SCHEDULED", defense.getString("stage"));
        assertEquals(7, defense.getJsonArray("eligibleMemberIds").size());

        Api.Reply fromConflictedEmployer = schedule(applicant("DEPUTY_SENIOR", "FEE_PAID", CONFLICTED, "ENG03"),
                panel, Dates.shifted("2026-12-07T10:00:00+08:00"));
        assertEquals(201, fromConflictedEmployer.status(), fromConflictedEmployer::toString);
        assertEquals(Dates.shifted("2026-12-07T10:30:00+08:00"), fromConflictedEmployer.json().getString("end"));
        List<Long> eligible = fromConflictedEmployer.json().getJsonArray("eligibleMemberIds")
                .getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::longValue).toList();
        assertEquals(members.subList(2, 7), eligible, "the two members from the applicant's employer stand down");

        List<JsonObject> listed = api.get("/api/defenses?roundId=" + round).array().getValuesAs(JsonObject.class);
        assertEquals(2, listed.size());
    }

    @Test
    void anApplicantWhoNeedsNoDefenseOrMayNotHaveOne() {
        assertEquals(Set.of("defense_not_required"), rules(schedule(applicant("JUNIOR", "FEE_PAID", "x", "ENG11"),
                panel, Dates.shifted("2026-12-07T09:00:00+08:00"))));
        assertEquals(Set.of("applicant_not_eligible"), rules(schedule(applicant("SENIOR", "COMMITTEE_RECEIVED", "x",
                "ENG11"), panel, Dates.shifted("2026-12-07T09:00:00+08:00"))));
        long returned = Fixtures.applicant(Fixtures.applicantBody(round, "SENIOR").add("status", "RETURNED")
                .add("returnedAt", "2026-11-01T10:00:00+08:00"));
        Api.Reply stale = schedule(returned, panel, Dates.shifted("2026-12-07T09:00:00+08:00"));
        assertEquals(Set.of("applicant_not_eligible"), rules(stale));
        assertTrue(stale.body().contains("RETURN_EXPIRED"), stale::toString);
        long barred = Fixtures.applicant(Fixtures.applicantBody(round, "SENIOR").add("barredUntil", "2029-06-30"));
        assertTrue(schedule(barred, panel, Dates.shifted("2026-12-07T09:00:00+08:00")).body().contains("BARRED"));
    }

    @Test
    void anApplicantHasOneDefense() {
        long applicant = senior();
        assertEquals(201, schedule(applicant, panel, Dates.shifted("2026-12-07T09:00:00+08:00")).status());
        assertEquals(Set.of("applicant_already_scheduled"), rules(schedule(applicant, panel,
                Dates.shifted("2026-12-08T09:00:00+08:00"))));
    }

    @Test
    void thePanelMustCoverTheSpecialty() {
        assertEquals(Set.of("specialty_not_covered"), rules(schedule(applicant("SENIOR", "FEE_PAID", "x", "ENG18"),
                panel, Dates.shifted("2026-12-07T09:00:00+08:00"))));
    }

    @Test
    void recusalMustLeaveAQuorum() {
        List<Long> crowded = new ArrayList<>(members.subList(0, 2));
        crowded.add(Fixtures.member(CONFLICTED));
        crowded.addAll(members.subList(2, 6));
        long crowdedPanel = Fixtures.panel(round, List.of("ENG11"), crowded);
        Api.Reply reply = schedule(applicant("SENIOR", "FEE_PAID", " 新疆天山建设工程有限公司 ", "ENG11"), crowdedPanel,
                Dates.shifted("2026-12-09T09:00:00+08:00"));
        assertEquals(Set.of("quorum_after_recusal"), rules(reply));
        assertTrue(reply.body().contains("the quorum is 5"), reply::toString);
    }

    @Test
    void thePanelCannotBeInTwoPlacesChangeoverIncluded() {
        assertEquals(201, schedule(senior(), panel, Dates.shifted("2026-12-07T09:00:00+08:00")).status());
        assertTrue(rules(schedule(senior(), panel, Dates.shifted("2026-12-07T09:20:00+08:00"))).contains("panel_busy"));
        assertTrue(rules(schedule(senior(), panel, Dates.shifted("2026-12-07T09:33:00+08:00"))).contains("panel_busy"),
                "less than the 5-minute change-over after the first");
        assertEquals(201, schedule(senior(), panel, Dates.shifted("2026-12-07T09:35:00+08:00")).status());
    }

    @Test
    void aMemberOnTwoPanelsCannotSitTwiceAtOnce() {
        List<Long> other = new ArrayList<>(List.of(members.get(6)));
        for (int i = 0; i < 4; i++) {
            other.add(Fixtures.member("别处" + i));
        }
        long otherPanel = Fixtures.panel(round, List.of("ENG11"), other);
        assertEquals(201, schedule(senior(), panel, Dates.shifted("2026-12-08T14:30:00+08:00")).status());
        Api.Reply clash = schedule(senior(), otherPanel, Dates.shifted("2026-12-08T14:40:00+08:00"));
        assertEquals(Set.of("member_busy"), rules(clash));
        assertTrue(clash.body().contains(String.valueOf(members.get(6))), clash::toString);

        Api.Reply recused = schedule(applicant("SENIOR", "FEE_PAID", "别处0", "ENG11"), otherPanel,
                Dates.shifted("2026-12-08T14:50:00+08:00"));
        assertEquals(Set.of("member_busy"), rules(recused), "recusing another member leaves the shared one busy");
        assertEquals(201, schedule(senior(), otherPanel, Dates.shifted("2026-12-08T15:05:00+08:00")).status());
    }

    @Test
    void theTimeMustLieInADailyWindowOfThePeriod() {
        long applicant = senior();
        for (String start : new String[] {Dates.shifted("2026-12-12T09:00:00+08:00"), Dates.shifted("2026-12-07T12:40:00+08:00"),
                Dates.shifted("2026-12-07T11:45:00+08:00"), Dates.shifted("2026-12-19T09:00:00+08:00"), Dates.shifted("2026-12-07T01:00:00+08:00")}) {
            assertEquals(Set.of("outside_calendar"), rules(schedule(applicant, panel, start)), start);
        }
        assertEquals(201, schedule(applicant, panel, Dates.shifted("2026-12-07T01:00:00Z")).status(), "09:00 in Shanghai");
    }

    @Test
    void everyBrokenRuleIsListed() {
        assertEquals(201, schedule(senior(), panel, Dates.shifted("2026-12-10T17:15:00+08:00")).status());
        long junior = applicant("JUNIOR", "SUBMITTED", CONFLICTED, "ENG18");
        Set<String> broken = rules(schedule(junior, panel, Dates.shifted("2026-12-10T17:40:00+08:00")));
        assertEquals(Set.of("defense_not_required", "specialty_not_covered", "panel_busy", "outside_calendar"),
                broken);
    }

    @Test
    void badRequestsAreRefused() {
        assertEquals(404, schedule(987654321L, panel, Dates.shifted("2026-12-07T09:00:00+08:00")).status());
        assertEquals(404, schedule(senior(), 987654321L, Dates.shifted("2026-12-07T09:00:00+08:00")).status());
        Api.Reply badTime = schedule(senior(), panel, "next monday");
        assertEquals(400, badTime.status());
        assertEquals("invalid_value", badTime.error());
        assertEquals(400, api.post("/api/defenses", "{\"applicantId\": 1}").status());
        assertEquals(400, api.post("/api/defenses", "{\"applicantId\": \"one\", \"panelId\": 2}").status());
        assertEquals(0, api.get("/api/defenses?roundId=" + round).array().size());
    }

    @Test
    void movingKeepsTheRulesAndCancellingFreesTheApplicant() {
        long first = senior();
        long second = senior();
        long a = schedule(first, panel, Dates.shifted("2026-12-07T09:00:00+08:00")).id();
        assertEquals(201, schedule(second, panel, Dates.shifted("2026-12-07T10:00:00+08:00")).status());

        Api.Reply clash = api.send("PUT", "/api/defenses/" + a, Dates.shifted("{\"start\": \"2026-12-07T10:10:00+08:00\"}"));
        assertEquals(Set.of("panel_busy"), rules(clash));
        Api.Reply moved = api.send("PUT", "/api/defenses/" + a, Dates.shifted("{\"start\": \"2026-12-08T14:30:00+08:00\"}"));
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(Dates.shifted("2026-12-08T15:00:00+08:00"), moved.json().getString("end"));
        Api.Reply sameSlot = api.send("PUT", "/api/defenses/" + a, Dates.shifted("{\"start\": \"2026-12-08T14:35:00+08:00\"}"));
        assertEquals(200, sameSlot.status(), "a defense does not clash with itself");

        assertTrue(api.get("/api/defenses/unscheduled?roundId=" + round).array().isEmpty());
        assertEquals(204, api.send("DELETE", "/api/defenses/" + a, null).status());
        assertEquals(404, api.get("/api/defenses/" + a).status());
        List<JsonObject> unscheduled = api.get("/api/defenses/unscheduled?roundId=" + round).array()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(first), unscheduled.stream().map(u -> u.getJsonNumber("applicantId").longValue())
                .toList());
        assertEquals(404, api.send("DELETE", "/api/defenses/" + a, null).status());
    }

    @Test
    void theSummaryCountsMandatoryScheduledUnscheduledAndIneligible() {
        long scheduled = senior();
        senior();
        applicant("SENIOR", "SUBMITTED", "x", "ENG11");
        applicant("JUNIOR", "FEE_PAID", "x", "ENG11");
        assertEquals(201, schedule(scheduled, panel, Dates.shifted("2026-12-07T09:00:00+08:00")).status());
        JsonObject summary = api.get("/api/defenses/summary?roundId=" + round).json();
        assertEquals(3, summary.getInt("mandatory"));
        assertEquals(1, summary.getInt("scheduled"));
        assertEquals(1, summary.getInt("unscheduled"));
        assertEquals(1, summary.getInt("ineligibleCount"));
        assertEquals("FEE_NOT_PAID", summary.getJsonArray("ineligible").getJsonObject(0).getString("reason"));
    }

    @Test
    void twoSimultaneousRequestsForOneSlotBookItOnce() {
        long a = senior();
        long b = senior();
        CompletableFuture<Api.Reply> first = CompletableFuture.supplyAsync(
                () -> schedule(a, panel, Dates.shifted("2026-12-11T09:00:00+08:00")));
        CompletableFuture<Api.Reply> second = CompletableFuture.supplyAsync(
                () -> schedule(b, panel, Dates.shifted("2026-12-11T09:00:00+08:00")));
        List<Integer> statuses = List.of(first.join().status(), second.join().status());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
        assertEquals(1, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        assertEquals(1, api.get("/api/defenses?roundId=" + round).array().size());
    }

    static List<String> strings(jakarta.json.JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
