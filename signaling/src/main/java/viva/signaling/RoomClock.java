package viva.signaling;

import java.time.Duration;
import java.time.Instant;

/**
 * The current stage's countdown as the pages need it: how much of the stage's time was left at one
 * moment, and whether it was paused (the admitted applicant away in STATEMENT or QUESTIONS). The
 * room reads it forward to any later moment, so that a clock taken with a ticket still holds when
 * the ticket is used.
 *
 * @param remainingMillis the stage's time left at {@code asOf}, negative once it is over; null for
 *        a stage without a duration (LOBBY, CLOSED)
 * @param paused whether the countdown stood still at {@code asOf}
 * @param asOf when the application read the clock
 */
public record RoomClock(Long remainingMillis, boolean paused, Instant asOf) {

    /** No clock known: the stage has no duration, or nobody told the room yet. */
    public static final RoomClock NONE = new RoomClock(null, false, Instant.EPOCH);

    public RoomClock {
        asOf = asOf == null ? Instant.EPOCH : asOf;
    }

    /** Whole seconds left at {@code now}, rounded up (a stage just begun shows its full length); null without a clock. */
    public Integer remainingSecondsAt(Instant now) {
        if (remainingMillis == null) {
            return null;
        }
        long left = paused || now.isBefore(asOf) ? remainingMillis
                : remainingMillis - Duration.between(asOf, now).toMillis();
        return (int) -Math.floorDiv(-left, 1000L);
    }

    /** Whichever of the two was read later. */
    public RoomClock newer(RoomClock other) {
        return other != null && other.asOf.isAfter(asOf) ? other : this;
    }
}
