package viva.schedule.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static viva.schedule.solver.RoundFixture.input;
import static viva.schedule.solver.RoundFixture.panel;
import static viva.schedule.solver.RoundFixture.span;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DefenseSchedulerTest {

    private final DefenseScheduler scheduler = new DefenseScheduler();

    @Test
    void plansASmallRoundWithinTheRules() {
        SolverInput input = RoundFixture.smallRound();
        SolverOutput output = scheduler.solve(input, Duration.ofSeconds(3), false);
        assertEquals(0, output.hardViolations(), output.score());
        assertEquals(0, output.mediumPenalty());
        assertEquals(List.of(), output.unplacedApplicantIds());
        assertEquals(30, output.placements().size(), "the booked defense is not repeated");
        assertEquals(List.of(), PlanCheck.problems(input, output));
        SolverOutput greedy = new GreedyScheduler().schedule(input);
        assertTrue(output.metrics().memberDays() <= greedy.metrics().memberDays(),
                output.metrics() + " against greedy " + greedy.metrics());
    }

    @Test
    void stopsAtTheFirstPlanThatKeepsEveryRule() {
        long started = System.nanoTime();
        SolverOutput output = scheduler.solve(RoundFixture.smallRound(), Duration.ofSeconds(20), true);
        assertEquals(0, output.hardViolations());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(10)) < 0);
    }

    @Test
    void movesABookedDefenseOnlyWhenAllowedAndNeeded() {
        // Two defenses booked into the same half hour on one panel: only moving one resolves it.
        PanelFact one = panel(1, Set.of("ENG01"), 7);
        Set<Long> members = Set.copyOf(one.members().stream().map(MemberFact::id).toList());
        SolverInput input = input(1, List.of(one), List.of(new ApplicantFact(1, "ENG01", "A", 25)),
                List.of(new BookedDefense(901, 1, span(0, "09:00", 30), members),
                        new BookedDefense(902, 1, span(0, "09:10", 30), members)));

        SolverOutput pinned = scheduler.solve(input, Duration.ofSeconds(2), false);
        assertEquals(1, pinned.hardViolations(), pinned.score());
        assertTrue(pinned.placements().stream().noneMatch(p -> p.applicantId() > 900));

        SolverOutput moved = scheduler.solve(input.allowingMovingBooked(), Duration.ofSeconds(2), false);
        assertEquals(0, moved.hardViolations(), moved.score());
        assertEquals(1, moved.mediumPenalty());
        assertEquals(1, moved.placements().stream().filter(p -> p.applicantId() > 900).count());
    }

    @Test
    void reportsAnApplicantNoPanelCanHold() {
        SolverInput input = input(1, List.of(panel(1, Set.of("ENG01"), 7)),
                List.of(new ApplicantFact(1, "ENG01", "A", 25), new ApplicantFact(2, "ENG09", "B", 25)), List.of());
        SolverOutput output = scheduler.solve(input, Duration.ofSeconds(1), false);
        assertEquals(List.of(2L), output.unplacedApplicantIds());
        assertEquals("no_panel_for_specialty", output.unplaced().get(0).code());
        assertEquals(0, output.hardViolations(), "an applicant left out is not a broken rule");
        assertFalse(output.complete());
    }

    @Test
    void runsInTheBackgroundAndCanBeCancelled() throws Exception {
        SolverInput input = RoundFixture.smallRound();
        try (DefenseScheduler background = new DefenseScheduler()) {
            SchedulingJob job = background.start(input, Duration.ofMinutes(5), false);
            assertEquals(SchedulingJob.Status.SOLVING, job.status());
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (job.bestSoFar().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(job.bestSoFar().isPresent(), "a plan is available while solving");
            job.cancel();
            SolverOutput result = job.await(Duration.ofSeconds(20)).orElseThrow();
            assertEquals(SchedulingJob.Status.DONE, job.status());
            assertEquals(0, result.hardViolations());
            assertEquals(List.of(), PlanCheck.problems(input, result));
        }
    }

    @Test
    void backgroundRunEndsByItselfAtItsTimeLimit() throws Exception {
        try (DefenseScheduler background = new DefenseScheduler()) {
            SchedulingJob job = background.start(RoundFixture.smallRound(), Duration.ofSeconds(1), false);
            assertTrue(job.await(Duration.ofSeconds(30)).isPresent());
            assertEquals(SchedulingJob.Status.DONE, job.status());
            assertTrue(job.failure().isEmpty());
        }
    }
}
