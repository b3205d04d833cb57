package viva.schedule.solver;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A start time as a planning value, with the day and session it falls in worked out once rather
 * than on every score calculation. One instance per instant (see {@link SlotCatalog}).
 */
public final class Slot {

    private final Instant start;
    private final Session session;

    Slot(Instant start, Session session) {
        this.start = start;
        this.session = session;
    }

    public Instant start() {
        return start;
    }

    public LocalDate day() {
        return session.day();
    }

    Session session() {
        return session;
    }

    long epochSecond() {
        return start.getEpochSecond();
    }

    @Override
    public String toString() {
        return start.toString();
    }
}
