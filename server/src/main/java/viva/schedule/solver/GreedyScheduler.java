package viva.schedule.solver;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import viva.schedule.ScheduleCalendar;

/**
 * The baseline plan, and the solver's starting point: applicants in a fixed order, senior (longer)
 * defenses first, then by id, each at the earliest free start on the least-loaded panel that can
 * hold it. An applicant that fits nowhere is left unplaced.
 */
public final class GreedyScheduler {

    private static final Comparator<Defense> ORDER = Comparator.comparing(Defense::length).reversed()
            .thenComparingLong(Defense::applicantId);

    public SolverOutput schedule(SolverInput input) {
        DefenseSchedule schedule = ScheduleBuilder.build(input);
        place(schedule, input.calendar());
        SolverSetup.solutionManager().update(schedule);
        return ScheduleReport.of(schedule);
    }

    /** Places every defense the schedule leaves open; booked and already placed ones stay. */
    static void place(DefenseSchedule schedule, ScheduleCalendar calendar) {
        Occupancy occupancy = new Occupancy(calendar.changeoverMinutes());
        Map<Panel, Integer> load = new HashMap<>();
        schedule.getPanels().forEach(p -> load.put(p, 0));
        for (Defense defense : schedule.getDefenses()) {
            if (defense.isPlaced()) {
                occupancy.add(defense);
                load.merge(defense.getPanel(), 1, Integer::sum);
            }
        }
        List<Defense> open = schedule.getDefenses().stream()
                .filter(d -> !d.isPlaced() && !d.isPinned())
                .sorted(ORDER)
                .toList();
        for (Defense defense : open) {
            List<Panel> byLoad = defense.getPanelRange().stream()
                    .sorted(Comparator.comparing(load::get))
                    .toList();
            placeEarliest(defense, byLoad, occupancy).ifPresent(panel -> load.merge(panel, 1, Integer::sum));
        }
    }

    private static Optional<Panel> placeEarliest(Defense defense, List<Panel> panels, Occupancy occupancy) {
        for (Panel panel : panels) {
            for (Slot slot : defense.getSlotRange()) {
                if (occupancy.isFree(defense, panel, defense.span(slot))) {
                    defense.place(panel, slot);
                    occupancy.add(defense);
                    return Optional.of(panel);
                }
            }
        }
        return Optional.empty();
    }
}
