package viva.schedule.solver;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import viva.round.ScheduleCalendar;

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
        Occupancy occupancy = Occupancy.of(schedule, calendar.changeoverMinutes());
        Map<Panel, Integer> load = new HashMap<>();
        schedule.getPanels().forEach(p -> load.put(p, 0));
        schedule.getDefenses().stream().filter(Defense::isPlaced).forEach(d -> load.merge(d.getPanel(), 1, Integer::sum));
        for (Defense defense : open(schedule)) {
            List<Panel> byLoad = defense.getPanelRange().stream()
                    .sorted(Comparator.comparing(load::get))
                    .toList();
            placeEarliest(defense, byLoad, occupancy).ifPresent(panel -> load.merge(panel, 1, Integer::sum));
        }
    }

    /** The defenses still to place, in the fixed order: senior (longer) first, then by applicant id. */
    static List<Defense> open(DefenseSchedule schedule) {
        return schedule.getDefenses().stream()
                .filter(d -> !d.isPlaced() && !d.isPinned())
                .sorted(ORDER)
                .toList();
    }

    static Optional<Panel> placeEarliest(Defense defense, List<Panel> panels, Occupancy occupancy) {
        for (Panel panel : panels) {
            Optional<Slot> slot = occupancy.earliestFree(defense, panel, day -> true);
            if (slot.isPresent()) {
                occupancy.place(defense, panel, slot.get());
                return Optional.of(panel);
            }
        }
        return Optional.empty();
    }
}
