package viva.schedule.solver;

import java.time.Duration;

/**
 * A planning run's timeline: when its best plan first broke no rule, when it last improved, and
 * so why it ended. Thread-safe: the solver's thread writes while the console's requests read.
 */
final class RunClock {

    private long started = System.nanoTime();
    private final Duration limit;
    private final Duration unimproved;
    private final boolean stopAtFirstFeasible;
    private Long firstFeasible;
    private long lastImproved = started;
    private Long ended;
    private boolean stopped;

    RunClock(Duration limit, Duration unimproved, boolean stopAtFirstFeasible) {
        this.limit = limit;
        this.unimproved = unimproved;
        this.stopAtFirstFeasible = stopAtFirstFeasible;
    }

    /** The run starts now: a background run may have waited for a free solver. */
    synchronized void begin() {
        started = System.nanoTime();
        lastImproved = started;
    }

    synchronized void improved(boolean feasible) {
        lastImproved = System.nanoTime();
        if (feasible && firstFeasible == null) {
            firstFeasible = lastImproved;
        }
    }

    /** Asked to stop; a run that has ended already keeps the reason it ended for. */
    synchronized void stop() {
        if (ended == null) {
            stopped = true;
        }
    }

    synchronized void end() {
        if (ended == null) {
            ended = System.nanoTime();
        }
    }

    /** From the start to the first plan that broke no rule; null while there is none. */
    synchronized Duration toFirstFeasible() {
        return firstFeasible == null ? null : Duration.ofNanos(firstFeasible - started);
    }

    synchronized Duration elapsed() {
        return Duration.ofNanos((ended == null ? System.nanoTime() : ended) - started);
    }

    /** Null while running. */
    synchronized EndedBy endedBy() {
        if (ended == null) {
            return null;
        }
        if (stopped) {
            return EndedBy.STOPPED;
        }
        boolean beforeLimit = Duration.ofNanos(ended - started).compareTo(limit) < 0;
        if (firstFeasible == null || !beforeLimit) {
            return EndedBy.TIME_LIMIT;
        }
        if (stopAtFirstFeasible) {
            return EndedBy.FIRST_FEASIBLE;
        }
        boolean quiet = unimproved != null && Duration.ofNanos(ended - lastImproved).compareTo(unimproved) >= 0;
        return quiet ? EndedBy.UNIMPROVED : EndedBy.TIME_LIMIT;
    }
}
