package viva.schedule.solver;

import java.time.Instant;
import java.util.Set;

/** Where and when one applicant defends, and which of the panel's members may sit and vote. */
public record Placement(long applicantId, long panelId, Instant start, Instant end, Set<Long> eligibleMemberIds) {

    public Placement {
        eligibleMemberIds = Set.copyOf(eligibleMemberIds);
    }
}
