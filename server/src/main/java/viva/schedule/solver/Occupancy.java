package viva.schedule.solver;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import viva.round.TimeSpan;

/**
 * What each panel and each expert is already busy with, indexed by start so that a candidate
 * span is checked against its neighbours only.
 */
final class Occupancy {

    private final int changeoverMinutes;
    private final Map<Object, NavigableMap<Instant, List<TimeSpan>>> busy = new HashMap<>();
    private Duration longest = Duration.ZERO;

    Occupancy(int changeoverMinutes) {
        this.changeoverMinutes = changeoverMinutes;
    }

    /** What the schedule's placed defenses, booked ones among them, already take up. */
    static Occupancy of(DefenseSchedule schedule, int changeoverMinutes) {
        Occupancy occupancy = new Occupancy(changeoverMinutes);
        schedule.getDefenses().stream().filter(Defense::isPlaced).forEach(occupancy::add);
        return occupancy;
    }

    /** Whether the defense could take this span on this panel without clashing. */
    boolean isFree(Defense defense, Panel panel, TimeSpan span) {
        if (clashes(panel, span)) {
            return false;
        }
        for (Long member : defense.eligibleMembersOn(panel)) {
            if (clashes(member, span)) {
                return false;
            }
        }
        return true;
    }

    /** The earliest start in the defense's range, on an allowed day, free on this panel. */
    Optional<Slot> earliestFree(Defense defense, Panel panel, Predicate<LocalDate> dayAllowed) {
        for (Slot slot : defense.getSlotRange()) {
            if (dayAllowed.test(slot.day()) && isFree(defense, panel, defense.span(slot))) {
                return Optional.of(slot);
            }
        }
        return Optional.empty();
    }

    /** Places the defense and marks its panel and eligible members busy. */
    void place(Defense defense, Panel panel, Slot slot) {
        defense.place(panel, slot);
        add(defense);
    }

    void add(Defense defense) {
        TimeSpan span = defense.span();
        Duration length = Duration.between(span.start(), span.end());
        if (length.compareTo(longest) > 0) {
            longest = length;
        }
        add(defense.getPanel(), span);
        defense.eligibleMembers().forEach(m -> add(m, span));
    }

    /** Frees what a placed defense took and leaves it unplaced. */
    void remove(Defense defense) {
        TimeSpan span = defense.span();
        remove(defense.getPanel(), span);
        defense.eligibleMembers().forEach(m -> remove(m, span));
        defense.place(null, null);
    }

    private void remove(Object resource, TimeSpan span) {
        NavigableMap<Instant, List<TimeSpan>> spans = busy.get(resource);
        List<TimeSpan> startingTogether = spans.get(span.start());
        startingTogether.remove(span);
        if (startingTogether.isEmpty()) {
            spans.remove(span.start());
        }
    }

    private void add(Object resource, TimeSpan span) {
        busy.computeIfAbsent(resource, r -> new TreeMap<>()).computeIfAbsent(span.start(), s -> new ArrayList<>())
                .add(span);
    }

    private boolean clashes(Object resource, TimeSpan span) {
        NavigableMap<Instant, List<TimeSpan>> spans = busy.get(resource);
        if (spans == null) {
            return false;
        }
        Duration reach = longest.plusMinutes(changeoverMinutes);
        for (List<TimeSpan> startingTogether : spans
                .subMap(span.start().minus(reach), true, span.end().plus(reach), true).values()) {
            for (TimeSpan other : startingTogether) {
                if (span.clashes(other, changeoverMinutes)) {
                    return true;
                }
            }
        }
        return false;
    }
}
