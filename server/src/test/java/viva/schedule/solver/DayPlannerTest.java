package viva.schedule.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static viva.schedule.solver.RoundFixture.input;
import static viva.schedule.solver.RoundFixture.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DayPlannerTest {

    /** Panels 1 and 2 share expert 101; each has a day's worth of applicants, and there are two days. */
    private static SolverInput sharedExpertRound() {
        PanelFact one = panel(1, Set.of("ENG01"), 7);
        List<MemberFact> two = new ArrayList<>(panel(2, Set.of("ENG02"), 6).members());
        two.add(one.members().get(0));
        List<ApplicantFact> applicants = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            applicants.add(new ApplicantFact(i, i <= 10 ? "ENG01" : "ENG02", "Applicant employer", 25));
        }
        return input(2, List.of(one, new PanelFact(2, Set.of("ENG02"), two)), applicants, List.of());
    }

    private static SolverOutput report(DefenseSchedule schedule) {
        SolverSetup.solutionManager().update(schedule);
        return ScheduleReport.of(schedule);
    }

    @Test
    void keepsPanelsThatShareAnExpertOnDifferentDays() {
        SolverInput input = sharedExpertRound();
        DefenseSchedule schedule = ScheduleBuilder.build(input);
        DayPlanner.place(schedule, input.calendar());
        SolverOutput planned = report(schedule);
        assertEquals(List.of(), PlanCheck.problems(input, planned));
        for (long panel : List.of(1L, 2L)) {
            Set<LocalDate> days = planned.placements().stream().filter(p -> p.panelId() == panel)
                    .map(p -> input.calendar().dayOf(p.start())).collect(Collectors.toSet());
            assertEquals(1, days.size(), "panel " + panel + " sits on " + days);
        }
        // One day each for twelve experts, two for the shared one.
        assertEquals(14, planned.metrics().memberDays());
        assertTrue(planned.metrics().memberDays() < new GreedyScheduler().schedule(input).metrics().memberDays());
    }
}
