package viva.schedule.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a round's facts into the planning problem, with each defense's value ranges worked out. */
final class ScheduleBuilder {

    private ScheduleBuilder() {
    }

    static DefenseSchedule build(SolverInput input) {
        Map<Long, Panel> panels = panels(input);
        SlotCatalog slots = new SlotCatalog(input.calendar());
        List<Defense> defenses = new ArrayList<>();
        for (BookedDefense booked : input.booked()) {
            defenses.add(booked(defenses.size(), booked, panels, slots, input));
        }
        for (ApplicantFact applicant : input.applicants()) {
            defenses.add(toPlan(defenses.size(), applicant, panels, slots, input));
        }
        return new DefenseSchedule(List.copyOf(panels.values()), defenses);
    }

    private static Map<Long, Panel> panels(SolverInput input) {
        Map<Long, Integer> panelsPerMember = new HashMap<>();
        for (PanelFact panel : input.panels()) {
            panel.members().forEach(m -> panelsPerMember.merge(m.id(), 1, Integer::sum));
        }
        Map<Long, Panel> panels = new LinkedHashMap<>();
        for (PanelFact fact : input.panels()) {
            Set<Long> shared = new HashSet<>();
            fact.members().stream().filter(m -> panelsPerMember.get(m.id()) > 1).forEach(m -> shared.add(m.id()));
            if (panels.put(fact.id(), new Panel(fact, input.quorum(), shared)) != null) {
                throw new IllegalArgumentException("panel " + fact.id() + " is listed twice");
            }
        }
        return panels;
    }

    private static Defense booked(int key, BookedDefense booked, Map<Long, Panel> panels, SlotCatalog slots,
            SolverInput input) {
        Panel panel = panels.get(booked.panelId());
        if (panel == null) {
            throw new IllegalArgumentException("applicant " + booked.applicantId() + " is booked on panel "
                    + booked.panelId() + ", which is not among the round's panels");
        }
        Duration length = Duration.between(booked.span().start(), booked.span().end());
        Slot bookedSlot = slots.at(booked.span().start());
        List<Slot> slotRange = new ArrayList<>();
        slotRange.add(bookedSlot);
        if (input.allowMovingBooked() && length.toSeconds() % 60 == 0) {
            // It may move in time on its own panel only: its specialty and employer are not in the input.
            slots.startsFor((int) length.toMinutes()).stream().filter(s -> s != bookedSlot).forEach(slotRange::add);
        }
        return new Defense(key, booked.applicantId(), null, length, input.calendar(),
                Map.of(panel, booked.eligibleMemberIds()), List.of(panel), slotRange,
                new Defense.Booking(panel, bookedSlot), !input.allowMovingBooked());
    }

    private static Defense toPlan(int key, ApplicantFact applicant, Map<Long, Panel> panels, SlotCatalog slots,
            SolverInput input) {
        Map<Panel, Set<Long>> eligibleByPanel = new LinkedHashMap<>();
        List<Panel> candidates = new ArrayList<>();
        for (Panel panel : panels.values()) {
            if (panel.covers(applicant.specialtyCode())) {
                Set<Long> eligible = Recusal.eligibleMembers(panel.fact(), applicant.employer());
                eligibleByPanel.put(panel, eligible);
                if (eligible.size() >= panel.quorum()) {
                    candidates.add(panel);
                }
            }
        }
        List<Slot> starts = slots.startsFor(applicant.durationMinutes());
        Duration length = Duration.ofMinutes(applicant.durationMinutes());
        UnplacedReason why = eligibleByPanel.isEmpty() ? UnplacedReason.NO_PANEL_FOR_SPECIALTY
                : candidates.isEmpty() ? UnplacedReason.QUORUM_LOST_TO_RECUSAL
                : starts.isEmpty() ? UnplacedReason.NO_FREE_SLOT : null;
        if (why != null) {
            // Pinned unplaced, so the search spends no time on it; the report says why.
            return new Defense(key, applicant.id(), applicant.specialtyCode(), length, input.calendar(),
                    eligibleByPanel, List.of(), List.of(), null, true).unplaceable(why);
        }
        return new Defense(key, applicant.id(), applicant.specialtyCode(), length, input.calendar(),
                eligibleByPanel, candidates, starts, null, false);
    }
}
