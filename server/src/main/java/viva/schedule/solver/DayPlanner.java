package viva.schedule.solver;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import viva.schedule.ScheduleCalendar;

/**
 * The solver's second starting plan, which decides each panel's days before its times. Filling all
 * panels from the first day, as the greedy plan does, interleaves two panels that share an expert:
 * each then runs at half pace on twice the days, and every one of their experts pays for it. Here
 * each panel gets as many whole days as its load needs, chosen apart from the days of panels it
 * shares an expert with, and is filled from the front of those days.
 */
final class DayPlanner {

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
