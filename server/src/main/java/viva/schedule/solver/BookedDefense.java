package viva.schedule.solver;

import java.util.Set;

import viva.round.TimeSpan;

/**
 * A defense already in the database. Its eligible members were settled when it was booked, so
 * the solver takes them as given rather than recomputing recusal.
 */
public record BookedDefense(long applicantId, long panelId, TimeSpan span, Set<Long> eligibleMemberIds) {

    public BookedDefense {
        eligibleMemberIds = Set.copyOf(eligibleMemberIds);
    }
}
