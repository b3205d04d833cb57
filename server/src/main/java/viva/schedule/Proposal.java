package viva.schedule;

import java.time.Instant;
import java.util.UUID;
import viva.schedule.solver.SchedulingJob;

/** A solver run for a round, kept in memory until committed or forgotten. */
public final class Proposal {

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

    public UUID id() {
        return id;
    }

    public long roundId() {
        return roundId;
    }

    public SchedulingJob job() {
        return job;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean committed() {
        return committed;
    }

    void markCommitted() {
        committed = true;
    }
}
