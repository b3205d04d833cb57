package viva.schedule.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** Reads a scored schedule back as the solver's output: placements, what is left and the load. */
final class ScheduleReport {

    private ScheduleReport() {
    }

    static SolverOutput of(DefenseSchedule schedule) {
        HardMediumSoftScore score = schedule.getScore();
        if (score == null) {
            throw new IllegalStateException("a schedule is reported only once it is scored");
        }
        List<Placement> placements = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        for (Defense defense : schedule.getDefenses()) {
            if (!defense.isPlaced()) {
                unplaced.add(Unplaced.of(defense));
            } else if (!defense.isBooked() || defense.isMoved()) {
                placements.add(new Placement(defense.applicantId(), defense.getPanel().id(),
                        defense.span().start(), defense.span().end(), defense.eligibleMembers()));
            }
        }
        return new SolverOutput(score.toString(), (int) -score.hardScore(), -score.mediumScore(),
                -score.softScore(), placements, unplaced, metrics(schedule));
    }

    static Metrics metrics(DefenseSchedule schedule) {
        Map<Panel, Integer> perPanel = new HashMap<>();
        Map<Long, Integer> perMember = new HashMap<>();
        schedule.getPanels().forEach(p -> {
            perPanel.put(p, 0);
            p.members().forEach(m -> perMember.put(m.id(), 0));
        });
        Set<MemberDay> memberDays = new HashSet<>();
        int defenses = 0;
        for (Defense defense : schedule.getDefenses()) {
            if (!defense.isPlaced()) {
                continue;
            }
            defenses++;
            perPanel.merge(defense.getPanel(), 1, Integer::sum);
            LocalDate day = defense.getSlot().day();
            for (Long member : defense.eligibleMembers()) {
                perMember.merge(member, 1, Integer::sum);
                memberDays.add(new MemberDay(member, day));
            }
        }
        return new Metrics(memberDays.size(), max(perPanel.values()), min(perPanel.values()),
                max(perMember.values()), min(perMember.values()), defenses);
    }

    private static int max(Iterable<Integer> counts) {
        int max = 0;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        return max;
    }

    private static int min(Iterable<Integer> counts) {
        int min = Integer.MAX_VALUE;
        for (int c : counts) {
            min = Math.min(min, c);
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }
}
