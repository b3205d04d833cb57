package viva.schedule.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toConnectedRanges;

import java.math.BigDecimal;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.common.ConnectedRangeChain;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;
import ai.timefold.solver.core.api.score.stream.common.RangeGap;

/**
 * The rules of a round as score: hard rules a plan must keep; placing everyone, then leaving
 * booked defenses alone, as medium; and the secretariat's preferences as soft, fewest expert-days
 * first.
 */
public class DefenseConstraints implements ConstraintProvider {

    static final String PANEL_COVERS_SPECIALTY = "Panel covers the specialty";
    static final String QUORUM_AFTER_RECUSAL = "Quorum after recusal";
    static final String FITS_CALENDAR = "Fits the calendar";
    static final String PANEL_CLASH = "Panel clash";
    static final String MEMBER_CLASH = "Member clash";
    static final String EVERY_APPLICANT_PLACED = "Every applicant placed";
    static final String BOOKED_DEFENSE_MOVED = "Booked defense moved";
    static final String MEMBER_DAYS = "Fewer member-days";
    static final String PANEL_LOAD = "Balanced panel load";
    static final String MEMBER_LOAD = "Balanced member load";
    static final String IDLE_GAPS = "No idle gaps";

    /**
     * Soft weights. One member-day (a day of an expert's time and fees) outweighs anything the
     * other preferences can gain by a single move, so they only break ties between equal-day plans.
     */
    static final int MEMBER_DAY_WEIGHT = 1000;
    static final int UNFAIRNESS_WEIGHT = 10;
    static final int IDLE_MINUTE_WEIGHT = 1;
    /** Medium weight of an applicant left out, against 1 for each booked defense moved. */
    static final int UNPLACED_WEIGHT = 1000;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                panelCoversSpecialty(factory),
                quorumAfterRecusal(factory),
                fitsCalendar(factory),
                panelClash(factory),
                memberClash(factory),
                everyApplicantPlaced(factory),
                bookedDefenseMoved(factory),
                memberDays(factory),
                panelLoad(factory),
                memberLoad(factory),
                idleGaps(factory) };
    }

    Constraint panelCoversSpecialty(ConstraintFactory factory) {
        return factory.forEach(Defense.class)
                .filter(d -> d.specialtyCode() != null && !d.getPanel().covers(d.specialtyCode()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(PANEL_COVERS_SPECIALTY);
    }

    Constraint quorumAfterRecusal(ConstraintFactory factory) {
        return factory.forEach(Defense.class)
                .filter(d -> d.eligibleMembers().size() < d.getPanel().quorum())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(QUORUM_AFTER_RECUSAL);
    }

    Constraint fitsCalendar(ConstraintFactory factory) {
        return factory.forEach(Defense.class)
                .filter(d -> !d.calendar().fits(d.span()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(FITS_CALENDAR);
    }

    Constraint panelClash(ConstraintFactory factory) {
        return factory.forEachUniquePair(Defense.class,
                Joiners.equal(Defense::getPanel),
                Joiners.overlapping(Defense::startSecond, Defense::busyUntilSecond))
                .filter(Defense::clashesWith)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(PANEL_CLASH);
    }

    /** Two panels' defenses clash through an expert on both; clashes on one panel are counted above. */
    Constraint memberClash(ConstraintFactory factory) {
        return factory.forEach(Defense.class)
                .filter(Defense::mayClashAcrossPanels)
                .join(factory.forEach(Defense.class).filter(Defense::mayClashAcrossPanels),
                        Joiners.lessThan(Defense::getKey),
                        Joiners.overlapping(Defense::startSecond, Defense::busyUntilSecond),
                        Joiners.filtering((a, b) -> a.getPanel() != b.getPanel() && a.sharesMemberWith(b)))
                .filter(Defense::clashesWith)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(MEMBER_CLASH);
    }

    /**
     * A placeable applicant left out costs medium, not hard: it breaks no rule, and were it hard,
     * leaving one out would weigh the same as placing it on top of another defense, so that the
     * search traded the one for the other freely and could end with clashes in place of gaps. Each
     * outweighs any number of booked defenses moved that a round has. Defenses no plan can place
     * (no panel, no quorum, no start) are reported with their reason instead.
     */
    Constraint everyApplicantPlaced(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Defense.class)
                .filter(d -> !d.isPlaced() && d.cannotPlace() == null)
                .penalize(HardMediumSoftScore.ofMedium(UNPLACED_WEIGHT))
                .asConstraint(EVERY_APPLICANT_PLACED);
    }

    Constraint bookedDefenseMoved(ConstraintFactory factory) {
        return factory.forEach(Defense.class)
                .filter(Defense::isMoved)
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .asConstraint(BOOKED_DEFENSE_MOVED);
    }

    Constraint memberDays(ConstraintFactory factory) {
        return factory.forEach(Defense.class)
                .flattenLast(Defense::memberDays)
                .distinct()
                .penalize(HardMediumSoftScore.ONE_SOFT, memberDay -> MEMBER_DAY_WEIGHT)
                .asConstraint(MEMBER_DAYS);
    }

    /** Every panel counts, an idle one with no load, or the balance would ignore the emptiest. */
    Constraint panelLoad(ConstraintFactory factory) {
        return factory.forEach(Defense.class)
                .map(Defense::getPanel, d -> 1L)
                .concat(factory.forEach(Panel.class).map(panel -> panel, panel -> 0L))
                .groupBy(loadBalance((panel, load) -> panel, (panel, load) -> load))
                .penalize(HardMediumSoftScore.ONE_SOFT, DefenseConstraints::unfairness)
                .asConstraint(PANEL_LOAD);
    }

    /** Defenses each expert sits on as an eligible member, over all their panels; idle experts count. */
    Constraint memberLoad(ConstraintFactory factory) {
        return factory.forEach(Defense.class)
                .flattenLast(Defense::eligibleMembers)
                .map(member -> member, member -> 1L)
                .concat(factory.forEach(Panel.class).flattenLast(Panel::memberIds).map(member -> member, member -> 0L))
                .groupBy(loadBalance((member, load) -> member, (member, load) -> load))
                .penalize(HardMediumSoftScore.ONE_SOFT, DefenseConstraints::unfairness)
                .asConstraint(MEMBER_LOAD);
    }

    /**
     * Waiting time inside a session of one panel: each defense occupies its span plus the
     * change-over, so whatever the connected ranges leave uncovered is idle beyond the change-over.
     * Sessions rather than days, so the break between the daily windows is not counted.
     */
    Constraint idleGaps(ConstraintFactory factory) {
        return factory.forEach(Defense.class)
                .groupBy(Defense::getPanel, d -> d.getSlot().session(),
                        toConnectedRanges(Defense::startSecond, Defense::busyUntilSecond))
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        (panel, session, ranges) -> IDLE_MINUTE_WEIGHT * idleMinutes(ranges))
                .asConstraint(IDLE_GAPS);
    }

    private static int unfairness(LoadBalance<?> balance) {
        return balance.unfairness().multiply(BigDecimal.valueOf(UNFAIRNESS_WEIGHT)).intValue();
    }

    private static int idleMinutes(ConnectedRangeChain<Defense, Long, Long> ranges) {
        long seconds = 0;
        for (RangeGap<Long, Long> gap : ranges.getGaps()) {
            seconds += gap.getLength();
        }
        return (int) (seconds / 60);
    }
}
