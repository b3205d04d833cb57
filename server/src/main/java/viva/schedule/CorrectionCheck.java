package viva.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import viva.defense.Defense;
import viva.defense.DefenseRepository;
import viva.panel.Panel;
import viva.panel.PanelDefenses;
import viva.people.Applicant;
import viva.people.BookedDefenses;
import viva.people.EligibilityChange;
import viva.people.Member;
import viva.round.EvaluationRound;
import viva.round.RoundRepository;
import viva.system.Refusal;

/**
 * How a correction of an applicant, an expert or a panel meets the defenses booked for them: none
 * may have started; each not yet held one gets its eligible members recomputed (回避 by employer,
 * any other recusal kept), and is checked by the very rules of scheduling ({@link
 * SchedulingService#place}); a rule it kept before and would break after refuses the correction.
 */
@ApplicationScoped
public class CorrectionCheck implements BookedDefenses, PanelDefenses {

    public static final String STARTED = "defense_started";

    @Inject
    DefenseRepository defenses;

    @Inject
    RoundRepository rounds;

    @Inject
    SchedulingService scheduling;

    @Override
    public List<EligibilityChange> correct(Applicant applicant, Runnable change) {
        rounds.lockForScheduling(applicant.round());
        return correct(defenses.findByRound(applicant.round()).stream()
                .filter(d -> d.applicant().id().equals(applicant.id())).toList(), change);
    }

    @Override
    public List<EligibilityChange> correct(Member member, Runnable change) {
        // A published round is settled: its defenses are neither checked nor changed.
        List<Defense> affected = defenses.findByMember(member).stream()
                .filter(d -> d.round().publishedAt() == null).toList();
        Map<Long, EvaluationRound> locked = new LinkedHashMap<>();
        affected.forEach(d -> locked.putIfAbsent(d.round().id(), d.round()));
        locked.values().forEach(rounds::lockForScheduling);
        return correct(affected, change);
    }

    @Override
    public List<EligibilityChange> correct(Panel panel, Runnable change) {
        rounds.lockForScheduling(panel.round());
        return correct(defenses.findByRound(panel.round()).stream()
                .filter(d -> d.panel().id().equals(panel.id())).toList(), change);
    }

    private static boolean heldAgain(Defense d) {
        return d.stage() == viva.defense.DefenseStage.CLOSED && d.outcome().allowsAnotherDefense();
    }

    /** What a defense was before the change: the rules it broke already, and who sat out for a reason besides 回避. */
    private record Before(Set<String> brokenRules, Set<Long> keptOut) {
    }

    private List<EligibilityChange> correct(List<Defense> all, Runnable change) {
        // A defense that closed INVALID or ABSENT stands for nothing (it is held again): it blocks no correction.
        List<Long> started = all.stream().filter(d -> d.stage().started() && !heldAgain(d)).map(Defense::id)
                .toList();
        List<Defense> affected = all.stream().filter(d -> !d.stage().started()).toList();
        if (!started.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, STARTED, "Defense " + started.get(0)
                    + (started.size() > 1 ? " and " + (started.size() - 1) + " more have" : " has")
                    + " started: what a held defense rests on is not corrected.", Map.of("defenseIds", started));
        }
        Map<Long, Before> before = new LinkedHashMap<>();
        for (Defense d : affected) {
            Set<String> broken = new HashSet<>();
            conflicts(d).forEach(c -> broken.add(c.rule()));
            Set<Long> keptOut = new LinkedHashSet<>(ids(SchedulingCheck.eligibleMembers(d.panel(), d.applicant())));
            keptOut.removeAll(d.eligibleMemberIds());
            before.put(d.id(), new Before(broken, keptOut));
        }
        change.run();
        List<EligibilityChange> reseated = new ArrayList<>();
        for (Defense d : affected) {
            List<Long> eligible = new ArrayList<>(ids(SchedulingCheck.eligibleMembers(d.panel(), d.applicant())));
            eligible.removeAll(before.get(d.id()).keptOut());
            if (!eligible.equals(d.eligibleMemberIds())) {
                reseated.add(new EligibilityChange(d.id(), d.eligibleMemberIds(), List.copyOf(eligible)));
                d.reschedule(d.panel(), d.span(), eligible);
            }
        }
        // Checked once every affected defense has its new members, so that they see each other as they will be.
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (Defense d : affected) {
            Set<String> brokenBefore = before.get(d.id()).brokenRules();
            for (Conflict c : conflicts(d)) {
                if (!brokenBefore.contains(c.rule())) {
                    conflicts.add(Map.of("rule", c.rule(), "detail", "defense " + d.id() + ": " + c.detail(),
                            "defenseId", d.id()));
                }
            }
        }
        if (!conflicts.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "scheduling_conflict", "After this correction "
                    + (conflicts.size() == 1 ? "a scheduled defense would break the rule " + conflicts.get(0).get("rule")
                    : "scheduled defenses would break " + conflicts.size() + " rules")
                    + "; move or cancel the defense first.", Map.of("conflicts", conflicts));
        }
        return reseated;
    }

    /** The rules the defense breaks where it stands, as scheduling it there now would find them. */
    private List<Conflict> conflicts(Defense d) {
        try {
            scheduling.place(d.applicant(), d.panel(), d.span(), d);
            return List.of();
        } catch (SchedulingConflictException e) {
            return e.conflicts();
        }
    }

    private static List<Long> ids(List<Member> members) {
        return members.stream().map(Member::id).toList();
    }
}
