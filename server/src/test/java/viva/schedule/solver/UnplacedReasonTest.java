package viva.schedule.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static viva.schedule.solver.RoundFixture.input;
import static viva.schedule.solver.RoundFixture.panel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Each applicant a plan leaves out is listed with why, in words the secretariat can act on. */
class UnplacedReasonTest {

    private final DefenseScheduler scheduler = new DefenseScheduler();

    @Test
    void noPanelCoversTheSpecialty() {
        SolverOutput output = scheduler.solve(input(1, List.of(panel(1, Set.of("ENG01"), 7)),
                List.of(new ApplicantFact(1, "ENG01", "A", 25), new ApplicantFact(2, "ENG09", "B", 25)), List.of()),
                Duration.ofSeconds(2), true);
        Unplaced unplaced = only(output);
        assertEquals(2, unplaced.applicantId());
        assertEquals("no_panel_for_specialty", unplaced.code());
        assertTrue(unplaced.reason().contains("ENG09"), unplaced.reason());
        assertEquals(0, output.hardViolations());
    }

    @Test
    void everyPanelOfTheSpecialtyLosesItsQuorumToRecusal() {
        // Seven members, quorum five: three from the applicant's employer leave four.
        PanelFact recusing = panel(1, Set.of("ENG01"), 7, "Tongji", "Tongji", "Tongji");
        SolverOutput output = scheduler.solve(input(1, List.of(recusing, panel(2, Set.of("ENG02"), 7)),
                List.of(new ApplicantFact(1, "ENG01", "Tongji", 25), new ApplicantFact(2, "ENG02", "Tongji", 25)),
                List.of()), Duration.ofSeconds(2), true);
        Unplaced unplaced = only(output);
        assertEquals(1, unplaced.applicantId());
        assertEquals("quorum_lost_to_recusal", unplaced.code());
        assertTrue(unplaced.reason().contains("回避"), unplaced.reason());
    }

    @Test
    void noFreeSlotForThatPanelInThePeriod() {
        // One day holds twelve 25-minute defenses on one panel at most (six a session); 14 are asked.
        List<ApplicantFact> applicants = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            applicants.add(new ApplicantFact(i, "ENG01", "A", 25));
        }
        SolverOutput output = scheduler.solve(input(1, List.of(panel(1, Set.of("ENG01"), 7)), applicants, List.of()),
                Duration.ofSeconds(3), false);
        assertEquals(0, output.hardViolations(), output.score());
        assertTrue(output.unplaced().size() >= 1, output.unplaced()::toString);
        Map<String, Long> codes = output.unplaced().stream()
                .collect(Collectors.groupingBy(Unplaced::code, Collectors.counting()));
        assertEquals(Set.of("no_free_slot"), codes.keySet());
        assertTrue(output.unplaced().get(0).reason().contains("空闲时段"));
        assertEquals(List.of(), PlanCheck.brokenRules(input(1, List.of(panel(1, Set.of("ENG01"), 7)), applicants,
                List.of()), output));
    }

    private static Unplaced only(SolverOutput output) {
        assertEquals(1, output.unplaced().size(), output.unplaced()::toString);
        return output.unplaced().get(0);
    }
}
