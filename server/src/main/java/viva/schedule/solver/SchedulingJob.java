package viva.schedule.solver;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverStatus;

/**
 * A planning run in the background. Poll {@link #status()} and {@link #bestSoFar()}; the best plan
 * is read back only when asked for, since a run finds many better plans a second.
 */
public final class SchedulingJob {

    public enum Status {
        SOLVING, DONE, FAILED
    }

    private final UUID id = UUID.randomUUID();
    private final CompletableFuture<SolverOutput> result = new CompletableFuture<>();
    private volatile DefenseSchedule best;
    private SolverOutput bestOutput;
    private DefenseSchedule bestOutputOf;
    private SolverJob<DefenseSchedule, UUID> solverJob;
    private boolean cancelled;
    private final RunClock clock;
    private volatile DefenseScheduler.Start start;

    SchedulingJob(RunClock clock) {
        this.clock = clock;
    }

    public UUID id() {
        return id;
    }

    public Status status() {
        if (!result.isDone() && cancelledBeforeStart()) {
            clock.end();
            result.complete(null);
        }
        if (!result.isDone()) {
            return Status.SOLVING;
        }
        return result.isCompletedExceptionally() ? Status.FAILED : Status.DONE;
    }

    /** The best plan found so far, or the final one once done; empty before the greedy start exists. */
    public synchronized Optional<SolverOutput> bestSoFar() {
        DefenseSchedule current = best;
        if (current == null) {
            return Optional.empty();
        }
        if (current != bestOutputOf) {
            bestOutput = start.floor(ScheduleReport.of(current));
            bestOutputOf = current;
        }
        return Optional.of(bestOutput);
    }

    /** Why the run ended; empty while it runs. */
    public Optional<EndedBy> endedBy() {
        return Optional.ofNullable(clock.endedBy());
    }

    /** How long it has run, or ran. */
    public Duration elapsed() {
        return clock.elapsed();
    }

    /** How long it took to a plan that breaks no rule; empty while there is none. */
    public Optional<Duration> toFirstFeasible() {
        return Optional.ofNullable(clock.toFirstFeasible());
    }

    /** Why the run failed, once {@link #status()} is FAILED. */
    public Optional<Throwable> failure() {
        if (!result.isCompletedExceptionally()) {
            return Optional.empty();
        }
        try {
            result.getNow(null);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e.getCause() == null ? e : e.getCause());
        }
    }

    /** Stops the run early; it ends DONE with the best plan found so far. */
    public synchronized void cancel() {
        cancelled = true;
        clock.stop();
        if (solverJob != null) {
            solverJob.terminateEarly();
        }
    }

    /** Waits for the run to end and returns its final plan (empty if cancelled before it started). */
    public Optional<SolverOutput> await(Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return bestSoFar();
    }

    synchronized void attach(SolverJob<DefenseSchedule, UUID> job) {
        this.solverJob = job;
        if (cancelled) {
            job.terminateEarly();
        }
    }

    /** A free solver has taken the run: its time counts from here. */
    void begin() {
        clock.begin();
    }

    /** The problem finder's answer: the better starting plan, and the first-fit floor. */
    DefenseSchedule started(DefenseScheduler.Start begun) {
        start = begun;
        best = begun.best();
        clock.improved(begun.best().getScore().isFeasible());
        return begun.best();
    }

    void improved(DefenseSchedule schedule) {
        best = schedule;
        clock.improved(schedule.getScore() != null && schedule.getScore().isFeasible());
    }

    void finished(DefenseSchedule schedule) {
        best = schedule;
        clock.end();
        result.complete(null);
    }

    void failed(Throwable failure) {
        clock.end();
        result.completeExceptionally(failure);
    }

    /** A run cancelled while it still waited for a free solver never reports back by itself. */
    private synchronized boolean cancelledBeforeStart() {
        return cancelled && best == null && solverJob != null
                && solverJob.getSolverStatus() == SolverStatus.NOT_SOLVING;
    }
}
