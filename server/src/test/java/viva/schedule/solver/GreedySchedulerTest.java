package viva.schedule.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static viva.schedule.solver.RoundFixture.at;
import static viva.schedule.solver.RoundFixture.input;
import static viva.schedule.solver.RoundFixture.panel;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class GreedySchedulerTest {

    @Test
    void placesASmallRoundWithinTheRules() {
        SolverInput input = RoundFixture.smallRound();
        SolverOutput output = new GreedyScheduler().schedule(input);
        assertEquals(0, output.hardViolations(), output.score());
        assertEquals(List.of(), output.unplacedApplicantIds());
        assertEquals(30, output.placements().size());
        assertEquals(List.of(), PlanCheck.problems(input, output));
        assertEquals(31, output.metrics().defenses());
    }

    @Test
    void seniorsFirstThenByIdEachAtTheEarliestFreeStart() {
        SolverInput input = input(1, List.of(panel(1, Set.of("ENG01"), 7)),
                List.of(new ApplicantFact(1, "ENG01", "A", 25), new ApplicantFact(2, "ENG01", "B", 30),
                        new ApplicantFact(3, "ENG01", "C", 30)),
                List.of());
        Map<Long, Placement> placed = new GreedyScheduler().schedule(input).placements().stream()
                .collect(Collectors.toMap(Placement::applicantId, p -> p));
        assertEquals(at(0, "09:00"), placed.get(2L).start());
        assertEquals(at(0, "09:35"), placed.get(3L).start());
        assertEquals(at(0, "10:10"), placed.get(1L).start());
    }

    @Test
    void leavesAnApplicantWithoutAPanelUnplaced() {
        SolverInput input = input(1, List.of(panel(1, Set.of("ENG01"), 7)),
                List.of(new ApplicantFact(1, "ENG01", "A", 25), new ApplicantFact(2, "ENG09", "B", 25)), List.of());
        SolverOutput output = new GreedyScheduler().schedule(input);
        assertEquals(List.of(2L), output.unplacedApplicantIds());
        assertEquals(0, output.hardViolations());
        assertTrue(output.placements().stream().anyMatch(p -> p.applicantId() == 1));
    }
}
