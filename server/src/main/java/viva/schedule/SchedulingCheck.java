package viva.schedule;

import viva.defense.QuorumRule;
import viva.round.TimeSpan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import viva.defense.Defense;
import viva.panel.Panel;
import viva.people.Applicant;
import viva.people.Member;

/**
 * Every rule a defense must keep (notice, sections 三 to 六): the applicant must need and be
 * allowed a defense and have no other; the panel must cover the specialty and keep a quorum after
 * removing members from the applicant's employer (回避); neither the panel nor any eligible member
 * may be elsewhere, change-over included; the time must lie in a daily window of the period and
 * not before now. All broken rules are listed, not just the first.
 */
public final class SchedulingCheck {

    public static final String NOT_REQUIRED = "defense_not_required";
    public static final String NOT_ELIGIBLE = "applicant_not_eligible";
    public static final String ALREADY_SCHEDULED = "applicant_already_scheduled";
    public static final String ROUND_MISMATCH = "round_mismatch";
    public static final String SPECIALTY = "specialty_not_covered";
    public static final String QUORUM = "quorum_after_recusal";
    public static final String PANEL_BUSY = "panel_busy";
    public static final String MEMBER_BUSY = "member_busy";
    public static final String CALENDAR = "outside_calendar";
    public static final String IN_THE_PAST = "in_the_past";

    private SchedulingCheck() {
    }

    /** The members who may sit on this applicant's defense: everyone not from their employer. */
    public static List<Member> eligibleMembers(Panel panel, Applicant applicant) {
        return panel.members().stream().filter(m -> !m.sharesEmployerWith(applicant)).toList();
    }

    /**
     * @param others defenses near that time (any round), without the one being moved
     * @param otherDefenseOfApplicant whether the applicant has another defense that does not allow
     *     a new one (every earlier defense must have closed INVALID or ABSENT)
     */
    public static List<Conflict> check(Applicant applicant, Panel panel, TimeSpan span, Instant now,
            QuorumRule quorum, List<Defense> others, boolean otherDefenseOfApplicant) {
        List<Conflict> conflicts = new ArrayList<>();
        applicant.schedulingProblem(now).ifPresent(problem -> conflicts.add(new Conflict(
                problem == viva.people.Ineligibility.NOT_REQUIRED ? NOT_REQUIRED : NOT_ELIGIBLE,
                problem.name() + ": " + problem.description())));
        if (otherDefenseOfApplicant) {
            conflicts.add(new Conflict(ALREADY_SCHEDULED,
                    "the applicant already has a defense that did not close INVALID or ABSENT"));
        }
        if (!Objects.equals(panel.round().id(), applicant.round().id())) {
            conflicts.add(new Conflict(ROUND_MISMATCH, "the panel belongs to another round"));
        }
        if (!panel.covers(applicant.specialty())) {
            conflicts.add(new Conflict(SPECIALTY, "panel " + panel.name() + " does not cover "
                    + applicant.specialty().code() + " " + applicant.specialty().name()));
        }
        List<Member> eligible = eligibleMembers(panel, applicant);
        int required = quorum.required(panel.size());
        if (eligible.size() < required) {
            conflicts.add(new Conflict(QUORUM, (panel.size() - eligible.size())
                    + " member(s) share the applicant's employer; " + eligible.size() + " of " + panel.size()
                    + " remain, the quorum is " + required));
        }
        int changeover = applicant.round().changeoverMinutes();
        Set<Long> eligibleIds = new TreeSet<>(eligible.stream().map(Member::id).toList());
        Set<Long> busyMembers = new TreeSet<>();
        for (Defense other : others) {
            if (!other.span().clashes(span, changeover)) {
                continue;
            }
            if (Objects.equals(other.panel().id(), panel.id())) {
                conflicts.add(new Conflict(PANEL_BUSY, "panel " + panel.name() + " has defense " + other.id()
                        + " from " + other.start() + " to " + other.end() + " (change-over " + changeover
                        + " min)"));
            } else {
                // Members busy on the same panel are already said by panel_busy.
                other.eligibleMemberIds().stream().filter(eligibleIds::contains).forEach(busyMembers::add);
            }
        }
        if (!busyMembers.isEmpty()) {
            conflicts.add(new Conflict(MEMBER_BUSY, "member(s) " + busyMembers
                    + " sit on another defense at that time (change-over " + changeover + " min)"));
        }
        applicant.round().calendar().problem(span).ifPresent(problem -> conflicts.add(new Conflict(CALENDAR,
                problem)));
        if (span.start().isBefore(now)) {
            conflicts.add(new Conflict(IN_THE_PAST, "the start " + span.start() + " lies before now (" + now + ")"));
        }
        return conflicts;
    }
}
