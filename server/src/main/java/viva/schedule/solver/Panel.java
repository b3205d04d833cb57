package viva.schedule.solver;

import java.util.List;
import java.util.Set;

import viva.defense.QuorumRule;

/**
 * A panel as a planning value. Equality is identity: the solver compares panels on every move, and
 * a record would hash its whole member list each time.
 */
public final class Panel {

    private final PanelFact fact;
    private final int quorum;
    private final Set<Long> sharedMemberIds;
    private final List<Long> memberIds;

    Panel(PanelFact fact, QuorumRule quorumRule, Set<Long> sharedMemberIds) {
        this.fact = fact;
        this.quorum = quorumRule.required(fact.members().size());
        this.sharedMemberIds = Set.copyOf(sharedMemberIds);
        this.memberIds = fact.members().stream().map(MemberFact::id).toList();
    }

    public long id() {
        return fact.id();
    }

    public PanelFact fact() {
        return fact;
    }

    public List<MemberFact> members() {
        return fact.members();
    }

    List<Long> memberIds() {
        return memberIds;
    }

    public boolean covers(String specialtyCode) {
        return fact.specialtyCodes().contains(specialtyCode);
    }

    /** Eligible members a defense on this panel needs, from the quorum rule and the panel's size. */
    public int quorum() {
        return quorum;
    }

    /** Members who also sit on another panel: only through them can two panels' defenses clash. */
    Set<Long> sharedMemberIds() {
        return sharedMemberIds;
    }

    @Override
    public String toString() {
        return "panel " + fact.id();
    }
}
