package viva.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;

/** A daily time window for defenses, in the round's time zone, e.g. 09:00–12:00. */
@Embeddable
public class DailyWindow {

    @Column(name = "WINDOW_FROM", nullable = false)
    private LocalTime from;

    @Column(name = "WINDOW_TO", nullable = false)
    private LocalTime to;

    protected DailyWindow() {
    }

    public DailyWindow(LocalTime from, LocalTime to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a window must end after it starts");
        }
        this.from = from;
        this.to = to;
    }

    public LocalTime from() {
        return from;
    }

    public LocalTime to() {
        return to;
    }

    public boolean overlaps(DailyWindow other) {
        return from.isBefore(other.to) && other.from.isBefore(to);
    }
}
