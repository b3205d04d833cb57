package viva.round;

import java.time.Duration;
import java.time.Instant;

/** A defense's time from start to end; two spans clash when closer than the change-over. */
public record TimeSpan(Instant start, Instant end) {

    public TimeSpan {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a span ends after it starts");
        }
    }

    public static TimeSpan of(Instant start, int minutes) {
        return new TimeSpan(start, start.plus(Duration.ofMinutes(minutes)));
    }

    /** True when the two spans overlap or leave less than the change-over between them. */
    public boolean clashes(TimeSpan other, int changeoverMinutes) {
        Duration gap = Duration.ofMinutes(changeoverMinutes);
        return start.isBefore(other.end.plus(gap)) && other.start.isBefore(end.plus(gap));
    }
}
