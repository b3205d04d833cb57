package viva.testing.memory;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import viva.room.RoomLease;
import viva.room.RoomLeaseRepository;

/** The lease rows in a map, each change atomic as the database's one statement is. */
public class InMemoryRoomLeases implements RoomLeaseRepository {

    private final Map<Long, RoomLease> rows = new ConcurrentHashMap<>();

    @Override
    public boolean renewOrTake(long defenseId, String node, String url, Instant now, Instant until) {
        RoomLease after = rows.computeIfPresent(defenseId, (id, lease) ->
                lease.nodeName().equals(node) || lease.expiresAt().isBefore(now)
                        ? new RoomLease(id, node, url, until) : lease);
        return after != null && after.nodeName().equals(node) && after.expiresAt().equals(until);
    }

    @Override
    public boolean create(RoomLease lease) {
        return rows.putIfAbsent(lease.defenseId(), lease) == null;
    }

    @Override
    public Optional<RoomLease> find(long defenseId) {
        return Optional.ofNullable(rows.get(defenseId));
    }

    @Override
    public void release(long defenseId, String node) {
        rows.computeIfPresent(defenseId, (id, lease) -> lease.nodeName().equals(node) ? null : lease);
    }
}
