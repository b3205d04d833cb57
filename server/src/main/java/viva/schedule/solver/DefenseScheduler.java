package viva.schedule.solver;

import java.time.Duration;
import java.util.UUID;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
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
        return run(input, timeLimit, null, stopAtFirstFeasible).output();
    }

    /**
     * Plans in the calling thread, ending at the time limit or once its best plan breaks no rule
     * and has not improved for {@code unimproved} (null: never). The answer is never worse than
     * the first-fit plan, which is its floor.
     */
    public SolverRun run(SolverInput input, Duration timeLimit, Duration unimproved, boolean stopAtFirstFeasible) {
        RunClock clock = new RunClock(timeLimit, unimproved, stopAtFirstFeasible);
        Start start = startingPoint(input);
        clock.improved(start.best().getScore().isFeasible());
        Duration left = timeLimit.minus(clock.elapsed());
        DefenseSchedule solved = start.best();
        if (!left.isNegative() && !left.isZero() && !(stopAtFirstFeasible && solved.getScore().isFeasible())) {
            Solver<DefenseSchedule> solver = SolverSetup.factory()
                    .buildSolver(SolverSetup.termination(left, stopAtFirstFeasible, unimproved));
            solver.addEventListener(event -> clock.improved(event.getNewBestScore().isFeasible()));
            solved = solver.solve(solved);
        }
        clock.end();
        return new SolverRun(start.floor(ScheduleReport.of(solved)), clock.endedBy(), clock.elapsed(),
                clock.toFirstFeasible());
    }

    /**
     * Plans in the background, for a caller that answers at once and is polled. The time limit
     * counts from when the run starts; runs beyond what the machine can take wait their turn.
     */
    public SchedulingJob start(SolverInput input, Duration timeLimit, boolean stopAtFirstFeasible) {
        return start(input, timeLimit, null, stopAtFirstFeasible);
    }

    /** As {@link #start(SolverInput, Duration, boolean)}, ending early as {@link #run} does. */
    public SchedulingJob start(SolverInput input, Duration timeLimit, Duration unimproved,
            boolean stopAtFirstFeasible) {
        SchedulingJob job = new SchedulingJob(new RunClock(timeLimit, unimproved, stopAtFirstFeasible));
        SolverJob<DefenseSchedule, UUID> solverJob = manager().solveBuilder()
                .withProblemId(job.id())
                .withProblemFinder(id -> {
                    job.begin();
                    return job.started(startingPoint(input));
                })
                .withBestSolutionConsumer(job::improved)
                .withFinalBestSolutionConsumer(job::finished)
                .withExceptionHandler((id, failure) -> job.failed(failure))
                .withConfigOverride(SolverSetup.termination(timeLimit, stopAtFirstFeasible, unimproved))
                .run();
        job.attach(solverJob);
        return job;
    }

    /**
     * Where a run starts (the better of two constructed plans, scored) and its floor: the
     * first-fit plan, which keeps every rule, reported once so that the run's answer can be
     * compared with it.
     */
    record Start(DefenseSchedule best, SolverOutput firstFit) {

        SolverOutput floor(SolverOutput solved) {
            return firstFit.betterThan(solved) ? firstFit : solved;
        }
    }

    /** The better of the greedy plan and the day-planned one, scored; each takes well under a second. */
    static Start startingPoint(SolverInput input) {
        DefenseSchedule greedy = ScheduleBuilder.build(input);
        GreedyScheduler.place(greedy, input.calendar());
        DefenseSchedule dayPlanned = ScheduleBuilder.build(input);
        DayPlanner.place(dayPlanned, input.calendar());
        SolutionManager<DefenseSchedule, HardMediumSoftScore> scoring = SolverSetup.solutionManager();
        boolean dayPlannedBetter = scoring.update(dayPlanned).compareTo(scoring.update(greedy)) > 0;
        SolverOutput firstFit = ScheduleReport.of(greedy);
        return new Start(dayPlannedBetter ? dayPlanned : greedy, firstFit);
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
