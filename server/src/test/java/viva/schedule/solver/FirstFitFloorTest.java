package viva.schedule.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static viva.schedule.solver.RoundFixture.input;
import static viva.schedule.solver.RoundFixture.panel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The first-fit plan keeps every rule, places everyone when capacity allows, and is the solver's floor. */
class FirstFitFloorTest {

    private static void placesEveryoneKeepingEveryRule(SolverInput input) {
        SolverOutput firstFit = new GreedyScheduler().schedule(input);
        assertEquals(0, firstFit.hardViolations(), firstFit.score());
        assertEquals(List.of(), firstFit.unplaced());
        assertEquals(List.of(), PlanCheck.problems(input, firstFit));
    }

    @Test
    void placesEveryoneWhenCapacityAllowsAndKeepsEveryRule() {
        placesEveryoneKeepingEveryRule(RoundFixture.smallRound());
    }

    @Test
    void sharedExpertsAndRecusalsStillKeepEveryRule() {
        // Panels 1 and 2 share three experts; a third of the applicants work where two members do.
        PanelFact one = panel(1, Set.of("ENG01"), 7, "Tongji", "Tongji");
        List<MemberFact> twoMembers = new ArrayList<>(panel(2, Set.of("ENG01"), 4).members());
        twoMembers.addAll(one.members().subList(0, 3));
        PanelFact two = new PanelFact(2, Set.of("ENG01"), twoMembers);
        List<ApplicantFact> applicants = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            applicants.add(new ApplicantFact(i, "ENG01", i % 3 == 0 ? "Tongji" : "Employer " + i, i % 2 == 0 ? 30 : 25));
        }
        placesEveryoneKeepingEveryRule(input(3, List.of(one, two), applicants, List.of()));
    }

    @Test
    void theSolverNeverEndsBelowTheFirstFit() {
        // Twice what one day holds: first-fit leaves some out; so may the solver, but never more.
        List<ApplicantFact> applicants = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            applicants.add(new ApplicantFact(i, "ENG01", "A", i % 2 == 0 ? 30 : 25));
        }
        SolverInput input = input(1, List.of(panel(1, Set.of("ENG01"), 7)), applicants, List.of());
        SolverOutput firstFit = new GreedyScheduler().schedule(input);
        SolverOutput solved = new DefenseScheduler().solve(input, Duration.ofSeconds(2), false);
        assertEquals(0, solved.hardViolations(), solved.score());
        assertFalse(firstFit.betterThan(solved), () -> solved.unplaced().size() + " left out against "
                + firstFit.unplaced().size());
        assertEquals(List.of(), PlanCheck.brokenRules(input, solved));
    }
}
