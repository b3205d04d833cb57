package viva.room.signaling;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import viva.room.RoomLease;
import viva.room.RoomLeaseRepository;
import viva.signaling.room.CloseCodes;
import viva.signaling.room.RoomHome;
import viva.signaling.room.RoomRegistry;
import viva.signaling.room.Seat;
import viva.system.NodeIdentity;

/**
 * The rooms this node holds, each by a lease row it renews every {@link #RENEW}; a lease not
 * renewed for {@link #TTL} is free for the next node a participant reaches. A room whose lease this
 * node could not keep has its sockets dropped, so that the pages reconnect to the room's new node
 * and the room is never split.
 */
@ApplicationScoped
public class LeasedRoomHome implements RoomHome {

    static final Duration TTL = Duration.ofSeconds(6);
    static final Duration RENEW = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(LeasedRoomHome.class.getName());

    @Inject
    RoomLeaseRepository leases;

    @Inject
    NodeIdentity identity;

    @Inject
    RoomRegistry rooms;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "viva.node.url")
    Optional<String> nodeUrl;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** The rooms held, and when each was last renewed. */
    private final Map<Long, Instant> held = new ConcurrentHashMap<>();
    private ScheduledFuture<?> renewal;

    @Override
    public String node() {
        return identity.name();
    }

    @Override
    public boolean host(long defenseId) {
        Instant now = clock.instant();
        Instant until = now.plus(TTL);
        boolean hosted = leases.renewOrTake(defenseId, node(), url(), now, until);
        if (!hosted && leases.find(defenseId).isEmpty()) {
            try {
                hosted = leases.create(new RoomLease(defenseId, node(), url(), until));
            } catch (RuntimeException e) {
                hosted = false; // another node made the row first
            }
        }
        if (hosted) {
            held.put(defenseId, now);
            startRenewing();
        }
        return hosted;
    }

    @Override
    public Optional<String> holder(long defenseId) {
        return leases.find(defenseId).filter(l -> !l.nodeName().equals(node()))
                .filter(l -> !l.expiresAt().isBefore(clock.instant()))
                .map(RoomLease::nodeUrl).filter(u -> !u.isBlank());
    }

    @Override
    public void release(long defenseId) {
        held.remove(defenseId);
        try {
            leases.release(defenseId, node());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not release the lease of defense " + defenseId, e);
        }
    }

    private String url() {
        return nodeUrl.map(String::strip).orElse("");
    }

    private synchronized void startRenewing() {
        if (renewal == null) {
            renewal = scheduler.scheduleWithFixedDelay(this::renew, RENEW.toMillis(), RENEW.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    void renew() {
        for (Long defenseId : held.keySet()) {
            Instant now = clock.instant();
            if (rooms.room(defenseId).isEmpty() && held.get(defenseId).plus(TTL).isBefore(now)) {
                release(defenseId); // taken for a socket that never opened
                continue;
            }
            boolean kept;
            try {
                kept = leases.renewOrTake(defenseId, node(), url(), now, now.plus(TTL));
            } catch (RuntimeException e) {
                // The database is away: the lease holds until it expires, then the room is let go.
                kept = !held.getOrDefault(defenseId, now).plus(TTL).isBefore(now);
                LOG.log(Level.FINE, "could not renew the lease of defense " + defenseId, e);
            }
            if (kept) {
                held.computeIfPresent(defenseId, (id, last) -> now);
            } else {
                held.remove(defenseId);
                LOG.info("defense " + defenseId + "'s room is held by another node now: its sockets are dropped");
                rooms.room(defenseId).ifPresent(r -> r.all().forEach(
                        (Seat seat) -> seat.close(CloseCodes.DROPPED, "the room moved to another node")));
            }
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (renewal != null) {
            renewal.cancel(false);
        }
    }
}
