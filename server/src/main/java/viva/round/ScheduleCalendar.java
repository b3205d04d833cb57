package viva.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * When defenses may take place in a round: the defense period less the excluded dates, and within
 * each day the daily windows, all in the round's time zone. A defense must lie inside one window,
 * its end included.
 */
public final class ScheduleCalendar {

    public record Window(LocalTime from, LocalTime to) {
    }

    private final ZoneId zone;
    private final LocalDate from;
    private final LocalDate to;
    private final List<Window> windows;
    private final Set<LocalDate> excluded;
    private final int changeoverMinutes;
    /** No start before this moment is offered (see {@link #notBefore}). */
    private final Instant earliest;

    public ScheduleCalendar(ZoneId zone, LocalDate from, LocalDate to, List<Window> windows, Set<LocalDate> excluded,
            int changeoverMinutes) {
        this(zone, from, to, windows, excluded, changeoverMinutes, Instant.MIN);
    }

    private ScheduleCalendar(ZoneId zone, LocalDate from, LocalDate to, List<Window> windows, Set<LocalDate> excluded,
            int changeoverMinutes, Instant earliest) {
        this.zone = zone;
        this.from = from;
        this.to = to;
        this.windows = List.copyOf(windows);
        this.excluded = Set.copyOf(excluded);
        this.changeoverMinutes = changeoverMinutes;
        this.earliest = earliest;
    }

    /** The same calendar without the starts before {@code moment}: a plan made now never lies in the past. */
    public ScheduleCalendar notBefore(Instant moment) {
        return new ScheduleCalendar(zone, from, to, windows, excluded, changeoverMinutes, moment);
    }

    public ZoneId zone() {
        return zone;
    }

    public int changeoverMinutes() {
        return changeoverMinutes;
    }

    public List<Window> windows() {
        return windows;
    }

    /** The days defenses may be held on, in order. */
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!excluded.contains(day)) {
                days.add(day);
            }
        }
        return days;
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** Why the span cannot be held, or empty when it lies inside one window of an allowed day. */
    public Optional<String> problem(TimeSpan span) {
        ZonedDateTime start = span.start().atZone(zone);
        ZonedDateTime end = span.end().atZone(zone);
        LocalDate day = start.toLocalDate();
        if (day.isBefore(from) || day.isAfter(to) || end.toLocalDate().isAfter(to)) {
            return Optional.of("outside the defense period " + from + " to " + to);
        }
        if (excluded.contains(day)) {
            return Optional.of(day + " is an excluded date");
        }
        if (!end.toLocalDate().equals(day)) {
            return Optional.of("a defense must end on the day it starts");
        }
        LocalTime s = start.toLocalTime();
        LocalTime e = end.toLocalTime();
        for (Window w : windows) {
            if (!s.isBefore(w.from()) && !e.isAfter(w.to())) {
                return Optional.empty();
            }
        }
        return Optional.of("from " + s + " to " + e + " is not inside one daily window " + describeWindows());
    }

    public boolean fits(TimeSpan span) {
        return problem(span).isEmpty();
    }

    /**
     * Every start, on a grid of the given step from each window's opening, at which a defense of
     * the given length fits; in time order.
     */
    public List<Instant> starts(int durationMinutes, int stepMinutes) {
        List<Instant> starts = new ArrayList<>();
        for (LocalDate day : days()) {
            for (Window w : windows) {
                for (LocalTime t = w.from(); !t.plusMinutes(durationMinutes).isAfter(w.to())
                        && !t.plusMinutes(durationMinutes).isBefore(t); t = t.plusMinutes(stepMinutes)) {
                    Instant start = LocalDateTime.of(day, t).atZone(zone).toInstant();
                    if (!start.isBefore(earliest)) {
                        starts.add(start);
                    }
                    if (t.plusMinutes(stepMinutes).isBefore(t)) {
                        break;
                    }
                }
            }
        }
        return starts;
    }

    private String describeWindows() {
        TreeSet<String> text = new TreeSet<>();
        windows.forEach(w -> text.add(w.from() + "–" + w.to()));
        return String.join(", ", text);
    }
}
