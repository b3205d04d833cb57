package viva.room;

import java.time.Instant;
import java.util.Optional;

/** The room leases every node sees; each call is one statement, so that two nodes never both win a room. */
public interface RoomLeaseRepository {

    /**
     * Extends the lease to {@code until} for {@code node} if it holds it, or if it has expired by
     * {@code now}; true when the row is now {@code node}'s.
     */
    boolean renewOrTake(long defenseId, String node, String url, Instant now, Instant until);

    /** Makes the defense's first lease; false when another node made one first. */
    boolean create(RoomLease lease);

    Optional<RoomLease> find(long defenseId);

    /** Deletes the lease if {@code node} holds it. */
    void release(long defenseId, String node);
}
