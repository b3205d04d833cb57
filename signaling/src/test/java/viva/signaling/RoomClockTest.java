package viva.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RoomClockTest {

    private static final Instant T = Instant.parse("2026-12-07T01:00:00Z");

    @Test
    void aRunningClockIsReadForwardAndRoundedUp() {
        RoomClock clock = new RoomClock(600_000L, false, T);
        assertEquals(600, clock.remainingSecondsAt(T));
        assertEquals(600, clock.remainingSecondsAt(T.plusMillis(1)), "a stage just begun shows its full length");
        assertEquals(590, clock.remainingSecondsAt(T.plusSeconds(10)));
        assertEquals(-5, clock.remainingSecondsAt(T.plusSeconds(605)));
    }

    @Test
    void aPausedClockStandsStill() {
        RoomClock clock = new RoomClock(42_500L, true, T);
        assertEquals(43, clock.remainingSecondsAt(T.plusSeconds(100)));
    }

    @Test
    void aStageWithoutDurationHasNoSeconds() {
        assertNull(RoomClock.NONE.remainingSecondsAt(T));
    }

    @Test
    void theLaterReadingWins() {
        RoomClock early = new RoomClock(1000L, false, T);
        RoomClock late = new RoomClock(2000L, true, T.plusSeconds(1));
        assertSame(late, early.newer(late));
        assertSame(late, late.newer(early));
        assertSame(early, RoomClock.NONE.newer(early));
    }
}
