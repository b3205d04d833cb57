package viva.schedule.solver;

import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import viva.round.ScheduleCalendar;

/** The round's start slots, shared by every defense so that equal starts are the same slot. */
final class SlotCatalog {

    /** Grid of candidate starts: fine enough to pack 25- and 30-minute defenses, coarse enough to search. */
    static final int STEP_MINUTES = 5;

    private final ScheduleCalendar calendar;
    private final Map<Instant, Slot> slots = new HashMap<>();
    private final Map<Integer, List<Slot>> byDuration = new HashMap<>();

    SlotCatalog(ScheduleCalendar calendar) {
        this.calendar = calendar;
    }

    /** Every grid start at which a defense of this length fits the calendar. */
    List<Slot> startsFor(int durationMinutes) {
        return byDuration.computeIfAbsent(durationMinutes,
                d -> calendar.starts(d, STEP_MINUTES).stream().map(this::at).toList());
    }

    Slot at(Instant start) {
        return slots.computeIfAbsent(start, s -> new Slot(s, sessionOf(s)));
    }

    /** The window a start falls in; -1 for a start outside every window (a booked defense may be). */
    private Session sessionOf(Instant start) {
        LocalTime time = start.atZone(calendar.zone()).toLocalTime();
        List<ScheduleCalendar.Window> windows = calendar.windows();
        int window = -1;
        for (int i = 0; i < windows.size(); i++) {
            if (!time.isBefore(windows.get(i).from()) && time.isBefore(windows.get(i).to())) {
                window = i;
                break;
            }
        }
        return new Session(calendar.dayOf(start), window);
    }
}
