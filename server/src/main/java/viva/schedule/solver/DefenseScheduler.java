package viva.schedule.solver;

import java.time.Duration;
import java.util.UUID;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;

/**
 * Plans a round's defenses: a constructed plan first, so that a usable plan exists within a second,
 * then local search for the rest of the time limit. Thread-safe; hold one per application and
 * close it on shutdown to stop background runs.
 */
public final class DefenseScheduler implements AutoCloseable {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    private SolverManager<DefenseSchedule, UUID> manager;

    /** Plans within the default time limit, using all of it. */
    public SolverOutput solve(SolverInput input) {
        return solve(input, DEFAULT_TIME_LIMIT, false);
    }

    /**
     * Plans in the calling thread. The time limit covers the greedy start too; with
     * {@code stopAtFirstFeasible} the run ends as soon as its best plan breaks no hard rule.
     */
    public SolverOutput solve(SolverInput input, Duration timeLimit, boolean stopAtFirstFeasible) {
        long started = System.nanoTime();
        DefenseSchedule schedule = startingPoint(input);
        Duration left = timeLimit.minusNanos(System.nanoTime() - started);
        if (left.isNegative() || left.isZero() || (stopAtFirstFeasible && schedule.getScore().isFeasible())) {
            return ScheduleReport.of(schedule);
        }
        DefenseSchedule solved = SolverSetup.factory()
                .buildSolver(SolverSetup.termination(left, stopAtFirstFeasible))
                .solve(schedule);
        return ScheduleReport.of(solved);
    }

    /**
     * Plans in the background, for a caller that answers at once and is polled. The time limit
     * counts from when the run starts; runs beyond what the machine can take wait their turn.
     */
    public SchedulingJob start(SolverInput input, Duration timeLimit, boolean stopAtFirstFeasible) {
        SchedulingJob job = new SchedulingJob();
        SolverJob<DefenseSchedule, UUID> solverJob = manager().solveBuilder()
                .withProblemId(job.id())
                .withProblemFinder(id -> job.started(startingPoint(input)))
                .withBestSolutionConsumer(job::improved)
                .withFinalBestSolutionConsumer(job::finished)
                .withExceptionHandler((id, failure) -> job.failed(failure))
                .withConfigOverride(SolverSetup.termination(timeLimit, stopAtFirstFeasible))
                .run();
        job.attach(solverJob);
        return job;
    }

    /** The better of the greedy plan and the day-planned one, scored; each takes well under a second. */
    static DefenseSchedule startingPoint(SolverInput input) {
        DefenseSchedule greedy = ScheduleBuilder.build(input);
        GreedyScheduler.place(greedy, input.calendar());
        DefenseSchedule dayPlanned = ScheduleBuilder.build(input);
        DayPlanner.place(dayPlanned, input.calendar());
        SolutionManager<DefenseSchedule, HardMediumSoftScore> scoring = SolverSetup.solutionManager();
        return scoring.update(dayPlanned).compareTo(scoring.update(greedy)) > 0 ? dayPlanned : greedy;
    }

    private synchronized SolverManager<DefenseSchedule, UUID> manager() {
        if (manager == null) {
            manager = SolverManager.create(SolverSetup.factory());
        }
        return manager;
    }

    @Override
    public synchronized void close() {
        if (manager != null) {
            manager.close();
            manager = null;
        }
    }
}
