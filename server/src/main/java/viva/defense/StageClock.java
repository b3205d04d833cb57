package viva.defense;

import java.time.Instant;
import viva.signaling.RoomClock;

/**
 * A stage's countdown at one moment, kept by {@link Defense}: the time left of the stage's
 * configured length once the pauses are taken off, and whether it stands still now.
 *
 * @param remainingMillis negative once the stage's time is over (the chair decides when it ends);
 *        null for a stage without a clock
 */
public record StageClock(DefenseStage stage, Long remainingMillis, boolean paused, Instant asOf) {

    /** Whole seconds left, rounded up; null for a stage without a clock. */
    public Integer remainingSeconds() {
        return forRoom().remainingSecondsAt(asOf);
    }

    public RoomClock forRoom() {
        return new RoomClock(remainingMillis, paused, asOf);
    }
}
