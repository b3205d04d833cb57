package viva.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");

    private static SignInThrottle throttleAt(Instant now) {
        SignInThrottle throttle = new SignInThrottle();
        throttle.clock = Clock.fixed(now, ZoneOffset.UTC);
        return throttle;
    }

    @Test
    void fourFailuresStillLetTheNextAttemptThrough() {
        SignInThrottle throttle = throttleAt(T0);
        for (int i = 0; i < SignInThrottle.LIMIT - 1; i++) {
            throttle.failed("Zhang.Wei");
        }
        assertDoesNotThrow(() -> throttle.check("zhang.wei"));
    }

    @Test
    void guessingManyNamesForgetsTheExpiredOnesButKeepsRecentFailures() {
        SignInThrottle throttle = throttleAt(T0);
        for (int i = 0; i < SignInThrottle.PRUNE_ABOVE; i++) {
            throttle.failed("guess" + i);
        }
        assertEquals(SignInThrottle.PRUNE_ABOVE, throttle.tracked());

        throttle.clock = Clock.fixed(T0.plus(SignInThrottle.WINDOW).minusSeconds(5), ZoneOffset.UTC);
        throttle.failed("recent");
        assertEquals(SignInThrottle.PRUNE_ABOVE + 1, throttle.tracked(), "nothing has expired yet");

        throttle.clock = Clock.fixed(T0.plus(SignInThrottle.WINDOW).plus(Duration.ofSeconds(1)), ZoneOffset.UTC);
        throttle.failed("another");
        assertEquals(2, throttle.tracked(), "only the names with failures inside the window remain");
    }
}
