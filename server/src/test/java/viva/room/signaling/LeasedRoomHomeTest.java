package viva.room.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import viva.signaling.room.RoomRegistry;
import viva.system.NodeIdentity;
import viva.testing.TestClock;
import viva.testing.memory.InMemoryRoomLeases;

/** Two nodes on one set of lease rows: a room has one home, taken over only once its lease expired. */
class LeasedRoomHomeTest {

    private static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");
    private static final long DEFENSE = 42;

    private final InMemoryRoomLeases leases = new InMemoryRoomLeases();
    private final TestClock clock = new TestClock(T0);
    private final LeasedRoomHome a = node("node-a");
    private final LeasedRoomHome b = node("node-b");

    @Test
    void theFirstNodeTakesTheRoomAndTheOtherHandsOverToIt() {
        assertTrue(a.host(DEFENSE));
        assertFalse(b.host(DEFENSE), "a room is never split");
        assertEquals(Optional.of("http://node-a:9080"), b.holder(DEFENSE));
        assertEquals(Optional.empty(), a.holder(DEFENSE), "the holder hands no one over to itself");
        assertTrue(a.host(DEFENSE), "the holder hosts again");
    }

    @Test
    void aLeaseRenewedStaysItsNodesAndOneNoLongerRenewedIsTakenOver() {
        assertTrue(a.host(DEFENSE));
        clock.advance(Duration.ofSeconds(4));
        a.renew();
        clock.advance(Duration.ofSeconds(4));
        assertFalse(b.host(DEFENSE), "renewed 4 s ago: still node A's");

        clock.advance(LeasedRoomHome.TTL); // node A died: no renewal since
        assertEquals(Optional.empty(), b.holder(DEFENSE), "an expired lease sends no one anywhere");
        assertTrue(b.host(DEFENSE), "node B takes the room over");
        assertFalse(a.host(DEFENSE), "node A, back, does not take it back while node B renews it");
        assertEquals(Optional.of("http://node-b:9080"), a.holder(DEFENSE));
    }

    @Test
    void aReleasedRoomIsFreeAndOnlyItsHolderReleasesIt() {
        assertTrue(a.host(DEFENSE));
        b.release(DEFENSE);
        assertFalse(b.host(DEFENSE), "node B's release does not free node A's room");
        a.release(DEFENSE);
        assertTrue(leases.find(DEFENSE).isEmpty(), "the room emptied: its lease is deleted");
        assertTrue(b.host(DEFENSE));
    }

    private LeasedRoomHome node(String name) {
        LeasedRoomHome home = new LeasedRoomHome();
        home.leases = leases;
        home.identity = new NodeIdentity() {
            @Override
            public String name() {
                return name;
            }
        };
        home.rooms = new RoomRegistry();
        home.clock = clock;
        home.nodeUrl = Optional.of("http://" + name + ":9080");
        // Renewal runs by hand here: the scheduler is asked, and does nothing.
        home.scheduler = (ManagedScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, args) -> null);
        return home;
    }
}
