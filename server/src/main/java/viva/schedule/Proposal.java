package viva.schedule;

import java.time.Instant;
import java.util.UUID;
import viva.schedule.solver.SchedulingJob;

/** A solver run for a round, kept in memory until committed or forgotten. */
final class Proposal {

    private final UUID id;
    private final long roundId;
    private final SchedulingJob job;
    private final Instant createdAt;
    private volatile boolean committed;

    Proposal(long roundId, SchedulingJob job, Instant createdAt) {
        this.id = job.id();
        this.roundId = roundId;
        this.job = job;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    long roundId() {
        return roundId;
    }

    SchedulingJob job() {
        return job;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean committed() {
        return committed;
    }

    void markCommitted() {
        committed = true;
    }
}
