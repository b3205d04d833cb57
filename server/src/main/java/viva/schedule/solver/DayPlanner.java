package viva.schedule.solver;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import viva.round.ScheduleCalendar;

/**
 * The solver's second starting plan, which decides each panel's days before its times. Filling all
 * panels from the first day, as the greedy plan does, interleaves two panels that share an expert:
 * each then runs at half pace on twice the days, and every one of their experts pays for it. Here
 * each panel gets as many whole days as its load needs, chosen apart from the days of panels it
 * shares an expert with, and is filled from the front of those days. Short days left at the end
 * are then emptied into days other panels sit anyway.
 */
final class DayPlanner {

    /** A panel-day this short is worth emptying into days that panels sit anyway. */
    private static final int SHORT_DAY = 8;
    private static final int CONSOLIDATION_ROUNDS = 3;

    private record PanelDay(Panel panel, LocalDate day) {
    }

    private DayPlanner() {
    }

    static void place(DefenseSchedule schedule, ScheduleCalendar calendar) {
        Occupancy occupancy = Occupancy.of(schedule, calendar.changeoverMinutes());
        Duration changeover = Duration.ofMinutes(calendar.changeoverMinutes());
        Map<Panel, Duration> load = new LinkedHashMap<>();
        Map<Panel, Set<LocalDate>> days = new HashMap<>();
        schedule.getPanels().forEach(p -> {
            load.put(p, Duration.ZERO);
            days.put(p, new LinkedHashSet<>());
        });
        for (Defense booked : schedule.getDefenses()) {
            if (booked.isPlaced()) {
                load.merge(booked.getPanel(), booked.length().plus(changeover), Duration::plus);
                days.get(booked.getPanel()).add(booked.getSlot().day());
            }
        }
        Map<Panel, List<Defense>> toPlace = new LinkedHashMap<>();
        for (Defense defense : GreedyScheduler.open(schedule)) {
            defense.getPanelRange().stream().min(Comparator.comparing(load::get)).ifPresent(panel -> {
                load.merge(panel, defense.length().plus(changeover), Duration::plus);
                toPlace.computeIfAbsent(panel, p -> new ArrayList<>()).add(defense);
            });
        }
        List<Panel> heaviestFirst = new ArrayList<>(toPlace.keySet());
        heaviestFirst.sort(Comparator.comparing(load::get).reversed());
        Duration daily = dailyCapacity(calendar);
        for (Panel panel : heaviestFirst) {
            allotDays(panel, daysNeeded(load.get(panel), daily), days, calendar.days(), schedule.getPanels());
        }
        for (Panel panel : heaviestFirst) {
            Set<LocalDate> allotted = days.get(panel);
            for (Defense defense : toPlace.get(panel)) {
                Optional<Slot> slot = occupancy.earliestFree(defense, panel, allotted::contains)
                        .or(() -> occupancy.earliestFree(defense, panel, day -> true));
                if (slot.isPresent()) {
                    occupancy.place(defense, panel, slot.get());
                    allotted.add(slot.get().day());
                } else {
                    List<Panel> others = new ArrayList<>(defense.getPanelRange());
                    others.remove(panel);
                    others.sort(Comparator.comparing(load::get));
                    GreedyScheduler.placeEarliest(defense, others, occupancy);
                }
            }
        }
        consolidate(schedule, occupancy);
    }

    /**
     * Empties short panel-days: each of their defenses moves to a day on which a panel that can
     * hold it already sits, at the earliest free start. A day is emptied whole or left as it was,
     * since moving only part of it saves no expert a day.
     */
    private static void consolidate(DefenseSchedule schedule, Occupancy occupancy) {
        for (int round = 0; round < CONSOLIDATION_ROUNDS; round++) {
            Map<PanelDay, List<Defense>> sittings = new HashMap<>();
            Set<PanelDay> fixed = new HashSet<>();
            for (Defense defense : schedule.getDefenses()) {
                if (defense.isPlaced()) {
                    PanelDay panelDay = new PanelDay(defense.getPanel(), defense.getSlot().day());
                    sittings.computeIfAbsent(panelDay, k -> new ArrayList<>()).add(defense);
                    if (defense.isPinned() || defense.isBooked()) {
                        fixed.add(panelDay);
                    }
                }
            }
            List<PanelDay> shortest = sittings.keySet().stream()
                    .filter(pd -> !fixed.contains(pd) && sittings.get(pd).size() <= SHORT_DAY)
                    .sorted(Comparator.comparingInt((PanelDay pd) -> sittings.get(pd).size()))
                    .toList();
            boolean emptied = false;
            for (PanelDay panelDay : shortest) {
                List<Defense> defenses = sittings.get(panelDay);
                if (defenses.isEmpty()) {
                    continue;
                }
                if (moveAway(defenses, panelDay, sittings, occupancy)) {
                    emptied = true;
                }
            }
            if (!emptied) {
                return;
            }
        }
    }

    private static boolean moveAway(List<Defense> defenses, PanelDay from, Map<PanelDay, List<Defense>> sittings,
            Occupancy occupancy) {
        Map<Defense, Slot> before = new LinkedHashMap<>();
        defenses.forEach(d -> before.put(d, d.getSlot()));
        before.keySet().forEach(occupancy::remove);
        Map<Defense, PanelDay> moved = new LinkedHashMap<>();
        for (Defense defense : before.keySet()) {
            PanelDay to = null;
            for (Panel panel : defense.getPanelRange()) {
                Optional<Slot> slot = occupancy.earliestFree(defense, panel, day -> {
                    PanelDay target = new PanelDay(panel, day);
                    return !target.equals(from) && !sittings.getOrDefault(target, List.of()).isEmpty();
                });
                if (slot.isPresent()) {
                    occupancy.place(defense, panel, slot.get());
                    to = new PanelDay(panel, slot.get().day());
                    break;
                }
            }
            if (to == null) {
                moved.keySet().forEach(occupancy::remove);
                before.forEach((d, slot) -> occupancy.place(d, from.panel(), slot));
                return false;
            }
            moved.put(defense, to);
        }
        sittings.get(from).clear();
        moved.forEach((d, to) -> sittings.get(to).add(d));
        return true;
    }

    /** The days with the fewest panels that share an expert with this one; earlier days first. */
    private static void allotDays(Panel panel, int needed, Map<Panel, Set<LocalDate>> days, List<LocalDate> calendar,
            List<Panel> panels) {
        List<Panel> neighbours = panels.stream()
                .filter(other -> other != panel && !Collections.disjoint(other.memberIds(), panel.memberIds()))
                .toList();
        Map<LocalDate, Integer> crowding = new HashMap<>();
        for (LocalDate day : calendar) {
            crowding.put(day, (int) neighbours.stream().filter(n -> days.get(n).contains(day)).count());
        }
        List<LocalDate> ranked = new ArrayList<>(calendar);
        ranked.sort(Comparator.comparing(crowding::get));
        Set<LocalDate> allotted = days.get(panel);
        for (LocalDate day : ranked) {
            if (allotted.size() >= needed) {
                break;
            }
            allotted.add(day);
        }
    }

    private static int daysNeeded(Duration load, Duration daily) {
        return (int) Math.max(1, (load.toMinutes() + daily.toMinutes() - 1) / daily.toMinutes());
    }

    /** Minutes a panel can sit in a day, each window's closing included as the last change-over. */
    private static Duration dailyCapacity(ScheduleCalendar calendar) {
        Duration total = Duration.ZERO;
        for (ScheduleCalendar.Window window : calendar.windows()) {
            total = total.plus(Duration.between(window.from(), window.to()))
                    .plusMinutes(calendar.changeoverMinutes());
        }
        return total;
    }
}
