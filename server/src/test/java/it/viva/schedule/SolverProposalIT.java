package it.viva.schedule;

import it.viva.support.Dates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The solver plans a whole round in the background; a finished plan is committed in one go. */
class SolverProposalIT {

    private final Api api = Api.secretary();

    private JsonObject awaitDone(String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            JsonObject proposal = api.get("/api/schedule/proposals/" + id).json();
            if (!proposal.getString("status").equals("SOLVING")) {
                return proposal;
            }
            sleep(500);
        }
        throw new AssertionError("the proposal did not finish");
    }

    private Api.Reply propose(long round, int seconds, boolean stopAtFirstFeasible) {
        return api.post("/api/schedule/proposals", """
                {"roundId": %d, "timeLimitSeconds": %d, "stopAtFirstFeasible": %b}"""
                .formatted(round, seconds, stopAtFirstFeasible));
    }

    @Test
    void schedulesTheWholeDemoRoundWithoutBreakingARuleAndCommitsIt() {
        long round = api.get("/api/rounds").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("name").contains("民营企业专项职称评审"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        List<Long> waiting = api.get("/api/defenses/unscheduled?roundId=" + round).array()
                .getValuesAs(JsonObject.class).stream().map(u -> u.getJsonNumber("applicantId").longValue()).toList();
        assertTrue(waiting.size() >= 20, "the demo has many applicants to plan: " + waiting.size());

        Api.Reply started = propose(round, 20, true);
        assertEquals(202, started.status(), started::toString);
        String id = started.json().getString("id");
        JsonObject proposal = awaitDone(id);
        assertEquals("DONE", proposal.getString("status"), proposal::toString);
        assertEquals(0, proposal.getInt("hardViolations"), proposal::toString);
        var assignments = proposal.getJsonArray("assignments").getValuesAs(JsonObject.class);
        assertEquals(Set.copyOf(waiting), assignments.stream().map(a -> a.getJsonNumber("applicantId").longValue())
                .collect(Collectors.toSet()));
        assertFalse(proposal.getJsonArray("days").isEmpty(), "the plan reads per day and panel");

        Map<Long, JsonObject> panels = api.get("/api/panels?roundId=" + round).array().getValuesAs(JsonObject.class)
                .stream().collect(Collectors.toMap(p -> p.getJsonNumber("id").longValue(), Function.identity()));
        Map<Long, JsonObject> applicants = api.get("/api/applicants?roundId=" + round).array()
                .getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getJsonNumber("id").longValue(), Function.identity()));
        for (JsonObject a : assignments) {
            JsonObject panel = panels.get(a.getJsonNumber("panelId").longValue());
            String specialty = applicants.get(a.getJsonNumber("applicantId").longValue()).getString("specialtyCode");
            assertTrue(panel.getJsonArray("specialtyCodes").getValuesAs(JsonString.class).stream()
                    .anyMatch(s -> s.getString().equals(specialty)), a::toString);
        }

        Api.Reply committed = api.post("/api/schedule/proposals/" + id + "/commit", new byte[0], null);
        assertEquals(200, committed.status(), committed::toString);
        assertEquals(waiting.size(), committed.json().getInt("created"));
        assertEquals(0, api.get("/api/defenses/unscheduled?roundId=" + round).array().size());
        List<JsonObject> defenses = api.get("/api/defenses?roundId=" + round).array().getValuesAs(JsonObject.class);
        assertEquals(waiting.size(), defenses.size());
        assertNoPanelOrMemberTwiceAtOnce(defenses);

        Api.Reply again = api.post("/api/schedule/proposals/" + id + "/commit", new byte[0], null);
        assertEquals(409, again.status());
        assertEquals("proposal_committed", again.error());
    }

    @Test
    void theSolverProposesNoStartBeforeItRuns() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate today = LocalDate.now(zone);
        Api.Reply created = api.post("/api/rounds", Fixtures.roundBody(Fixtures.unique("round"))
                .add("defenseFrom", today.minusDays(2).toString()).add("defenseTo", today.plusDays(2).toString())
                .add("excludedDates", Json.createArrayBuilder()).build());
        assertEquals(201, created.status(), created::toString);
        long round = created.id();
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(Fixtures.member("单位" + i));
        }
        Fixtures.panel(round, List.of("ENG11"), members);
        for (int i = 0; i < 6; i++) {
            Fixtures.applicant(Fixtures.applicantBody(round, "SENIOR"));
        }
        Instant asked = Instant.now();
        JsonObject proposal = awaitDone(propose(round, 5, true).json().getString("id"));
        List<JsonObject> assignments = proposal.getJsonArray("assignments").getValuesAs(JsonObject.class);
        assertFalse(assignments.isEmpty(), proposal::toString);
        for (JsonObject a : assignments) {
            assertFalse(OffsetDateTime.parse(a.getString("start")).toInstant().isBefore(asked), a::toString);
        }
    }

    @Test
    void aPlanMadeStaleByAManualBookingWritesNothing() {
        long round = Fixtures.round();
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(Fixtures.member("单位" + i));
        }
        long panel = Fixtures.panel(round, List.of("ENG11"), members);
        long first = Fixtures.applicant(Fixtures.applicantBody(round, "SENIOR"));
        long second = Fixtures.applicant(Fixtures.applicantBody(round, "DEPUTY_SENIOR"));
        String id = propose(round, 5, true).json().getString("id");
        assertEquals(0, awaitDone(id).getInt("hardViolations"));

        assertEquals(201, api.post("/api/defenses", Dates.shifted("""
                {"applicantId": %d, "panelId": %d, "start": "2026-12-18T17:00:00+08:00"}"""
                .formatted(first, panel))).status());
        Api.Reply stale = api.post("/api/schedule/proposals/" + id + "/commit", new byte[0], null);
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("proposal_stale", stale.error());
        assertTrue(stale.body().contains("applicant_already_scheduled"), stale::toString);
        assertEquals(1, api.get("/api/defenses?roundId=" + round).array().size(), "nothing of the plan was written");
        assertEquals(List.of(second), api.get("/api/defenses/unscheduled?roundId=" + round).array()
                .getValuesAs(JsonObject.class).stream().map(u -> u.getJsonNumber("applicantId").longValue()).toList());
    }

    @Test
    void aPlanStillSolvingCannotBeCommittedAndBadRequestsAreRefused() {
        long round = Fixtures.round();
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(Fixtures.member("单位" + i));
        }
        Fixtures.panel(round, List.of("ENG11"), members);
        Fixtures.applicant(Fixtures.applicantBody(round, "SENIOR"));
        Api.Reply started = propose(round, 3, false);
        assertEquals(202, started.status());
        Api.Reply early = api.post("/api/schedule/proposals/" + started.json().getString("id") + "/commit",
                new byte[0], null);
        assertEquals(409, early.status(), early::toString);
        assertEquals("proposal_solving", early.error());

        assertEquals(404, api.get("/api/schedule/proposals/00000000-0000-0000-0000-000000000000").status());
        assertEquals(404, api.get("/api/schedule/proposals/not-a-uuid").status());
        Api.Reply zero = api.post("/api/schedule/proposals", "{\"roundId\": " + round + ", \"timeLimitSeconds\": 0}");
        assertEquals(400, zero.status());
        assertEquals(404, api.post("/api/schedule/proposals", "{\"roundId\": 987654321}").status());
        awaitDone(started.json().getString("id"));
    }

    private static long roundWithOnePanelOf(String specialty, String... employers) {
        long round = Fixtures.round();
        List<Long> members = new ArrayList<>();
        for (String employer : employers) {
            members.add(Fixtures.member(employer));
        }
        Fixtures.panel(round, List.of(specialty), members);
        return round;
    }

    @Test
    void aSixtyApplicantRoundEndsBecauseItsPlanStoppedImproving() {
        long round = Fixtures.round();
        for (int p = 0; p < 3; p++) {
            List<Long> members = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                members.add(Fixtures.member("单位" + p + i));
            }
            Fixtures.panel(round, List.of("ENG11"), members);
        }
        for (int i = 0; i < 60; i++) {
            Fixtures.applicant(Fixtures.applicantBody(round, i % 3 == 0 ? "SENIOR" : "DEPUTY_SENIOR"));
        }
        JsonObject proposal = awaitDone(propose(round, 120, false).json().getString("id"));
        assertEquals("DONE", proposal.getString("status"), proposal::toString);
        assertEquals("UNIMPROVED", proposal.getString("endedBy"), proposal::toString);
        assertEquals(0, proposal.getInt("hardViolations"));
        assertEquals(60, proposal.getJsonArray("assignments").size());
        assertTrue(proposal.getJsonArray("unplaced").isEmpty(), proposal::toString);
    }

    @Test
    void anApplicantNoPanelCanTakeIsUnplacedWithItsReasonAndTheRestIsCommittedOnlyWhenAsked() {
        long round = roundWithOnePanelOf("ENG11", "单位0", "单位1", "单位2", "单位3", "单位4");
        long placed = Fixtures.applicant(Fixtures.applicantBody(round, "SENIOR"));
        long surveyor = Fixtures.applicant(Fixtures.applicantBody(round, "SENIOR").add("specialtyCode", "ENG03"));
        String id = propose(round, 30, false).json().getString("id");
        JsonObject proposal = awaitDone(id);
        assertEquals("DONE", proposal.getString("status"), proposal::toString);
        assertEquals(0, proposal.getInt("hardViolations"), "an applicant left out is not a broken rule");
        List<JsonObject> unplaced = proposal.getJsonArray("unplaced").getValuesAs(JsonObject.class);
        assertEquals(1, unplaced.size(), proposal::toString);
        assertEquals(surveyor, unplaced.get(0).getJsonNumber("applicantId").longValue());
        assertEquals("no_panel_for_specialty", unplaced.get(0).getString("code"));
        assertTrue(unplaced.get(0).getString("reason").contains("ENG03"), unplaced.get(0)::toString);
        assertEquals(List.of(placed), proposal.getJsonArray("assignments").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getJsonNumber("applicantId").longValue()).toList());

        Api.Reply whole = api.post("/api/schedule/proposals/" + id + "/commit", new byte[0], null);
        assertEquals(409, whole.status(), whole::toString);
        assertEquals("proposal_incomplete", whole.error());
        assertEquals(0, api.get("/api/defenses?roundId=" + round).array().size());
        Api.Reply partial = api.post("/api/schedule/proposals/" + id + "/commit", "{\"partial\": true}");
        assertEquals(200, partial.status(), partial::toString);
        assertEquals(1, partial.json().getInt("created"));
    }

    @Test
    void everyPanelLosingItsQuorumToRecusalIsTheReason() {
        // Five members, quorum four: two from the applicant's employer leave three.
        long round = roundWithOnePanelOf("ENG11", "新疆天山建设工程有限公司", "新疆天山建设工程有限公司", "单位2", "单位3",
                "单位4");
        long applicant = Fixtures.applicant(Fixtures.applicantBody(round, "SENIOR"));
        JsonObject proposal = awaitDone(propose(round, 30, false).json().getString("id"));
        JsonObject unplaced = proposal.getJsonArray("unplaced").getJsonObject(0);
        assertEquals(applicant, unplaced.getJsonNumber("applicantId").longValue());
        assertEquals("quorum_lost_to_recusal", unplaced.getString("code"), proposal::toString);
    }

    @Test
    void aRunStoppedEarlyEndsDoneWithItsBestPlan() {
        long round = roundWithOnePanelOf("ENG11", "单位0", "单位1", "单位2", "单位3", "单位4");
        for (int i = 0; i < 10; i++) {
            Fixtures.applicant(Fixtures.applicantBody(round, "DEPUTY_SENIOR"));
        }
        String id = propose(round, 300, false).json().getString("id");
        Api.Reply stopped = api.post("/api/schedule/proposals/" + id + "/stop", new byte[0], null);
        assertEquals(200, stopped.status(), stopped::toString);
        JsonObject proposal = awaitDone(id);
        assertEquals("DONE", proposal.getString("status"));
        assertEquals("STOPPED", proposal.getString("endedBy"), proposal::toString);
        assertEquals(404, api.post("/api/schedule/proposals/not-a-uuid/stop", new byte[0], null).status());
    }

    /** Checks the committed plan independently of the solver: no panel or sitting member double-booked. */
    private static void assertNoPanelOrMemberTwiceAtOnce(List<JsonObject> defenses) {
        for (int i = 0; i < defenses.size(); i++) {
            for (int j = i + 1; j < defenses.size(); j++) {
                JsonObject a = defenses.get(i);
                JsonObject b = defenses.get(j);
                Instant aStart = Instant.from(java.time.OffsetDateTime.parse(a.getString("start")));
                Instant aEnd = Instant.from(java.time.OffsetDateTime.parse(a.getString("end"))).plusSeconds(300);
                Instant bStart = Instant.from(java.time.OffsetDateTime.parse(b.getString("start")));
                Instant bEnd = Instant.from(java.time.OffsetDateTime.parse(b.getString("end"))).plusSeconds(300);
                boolean overlap = aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
                if (!overlap) {
                    continue;
                }
                assertFalse(a.getJsonNumber("panelId").equals(b.getJsonNumber("panelId")), a + " / " + b);
                Set<Long> aMembers = a.getJsonArray("eligibleMemberIds").getValuesAs(JsonNumber.class).stream()
                        .map(JsonNumber::longValue).collect(Collectors.toSet());
                assertTrue(b.getJsonArray("eligibleMemberIds").getValuesAs(JsonNumber.class).stream()
                        .map(JsonNumber::longValue).noneMatch(aMembers::contains), a + " / " + b);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
