package viva.schedule.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A run ends once its best plan keeps every rule and has stopped improving, well before its limit. */
class EarlyEndTest {

    @Test
    void sixtyApplicantsEndBecauseThePlanStoppedImproving() {
        List<PanelFact> panels = List.of(RoundFixture.panel(1, Set.of("ENG01", "ENG02"), 7),
                RoundFixture.panel(2, Set.of("ENG02", "ENG03"), 7), RoundFixture.panel(3, Set.of("ENG03"), 7));
        List<ApplicantFact> applicants = new ArrayList<>();
        String[] specialties = { "ENG01", "ENG02", "ENG03" };
        for (int i = 1; i <= 60; i++) {
            applicants.add(new ApplicantFact(i, specialties[i % 3], "Employer " + (i % 7), i % 3 == 0 ? 30 : 25));
        }
        SolverInput input = RoundFixture.input(3, panels, applicants, List.of());
        SolverRun run = new DefenseScheduler().run(input, Duration.ofMinutes(10), Duration.ofSeconds(1), false);
        assertEquals(EndedBy.UNIMPROVED, run.endedBy());
        assertTrue(run.output().complete(), run.output().score());
        assertNotNull(run.toFirstFeasible());
        assertEquals(List.of(), PlanCheck.problems(input, run.output()));
    }

    @Test
    void aStoppedBackgroundRunEndsDoneWithItsBestPlan() throws Exception {
        try (DefenseScheduler background = new DefenseScheduler()) {
            SchedulingJob job = background.start(RoundFixture.smallRound(), Duration.ofMinutes(10), null, false);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (job.bestSoFar().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            job.cancel();
            assertTrue(job.await(Duration.ofSeconds(30)).isPresent());
            assertEquals(SchedulingJob.Status.DONE, job.status());
            assertEquals(EndedBy.STOPPED, job.endedBy().orElseThrow());
        }
    }
}
