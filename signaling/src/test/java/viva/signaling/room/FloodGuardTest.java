package viva.signaling.room;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FloodGuardTest {

    @Test
    void allowsTheLimitInAnyWindowAndRecoversAfterIt() {
        FloodGuard guard = new FloodGuard(100, 5_000);
        for (int i = 0; i < 100; i++) {
            assertTrue(guard.allow(1_000 + i));
        }
        assertFalse(guard.allow(1_200), "the 101st within 5 s");
        assertTrue(guard.allow(6_001), "the oldest left the window");
    }

    @Test
    void aSteadyPaceNeverTrips() {
        FloodGuard guard = new FloodGuard(100, 5_000);
        for (long t = 0; t < 60_000; t += 60) {
            assertTrue(guard.allow(t));
        }
    }
}
