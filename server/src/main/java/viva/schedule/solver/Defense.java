package viva.schedule.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import viva.round.ScheduleCalendar;
import viva.round.TimeSpan;

/**
 * One applicant's defense: the solver picks its panel and its start. Each defense carries its own
 * value ranges (the panels that cover its specialty and keep quorum after recusal, and the starts
 * at which it fits), so the search never tries a panel that could not hold it.
 *
 * <p>Both variables may stay empty: a defense that cannot be placed without breaking a rule is
 * better reported as unplaced than placed on top of another.
 */
@PlanningEntity
public class Defense {

    @PlanningId
    private Integer key;
    private long applicantId;
    private String specialtyCode;
    private Duration length;
    private ScheduleCalendar calendar;
    private Map<Panel, Set<Long>> eligibleByPanel;
    private List<Panel> panelRange;
    private List<Slot> slotRange;
    /** Where a defense already in the database stands; null for an applicant still to plan. */
    private Booking booking;
    @PlanningPin
    private boolean pinned;
    /** Why no plan can place it, decided when the problem is built; null when some plan may. */
    private UnplacedReason cannotPlace;

    @PlanningVariable(valueRangeProviderRefs = "panelRange", allowsUnassigned = true)
    private Panel panel;
    @PlanningVariable(valueRangeProviderRefs = "slotRange", allowsUnassigned = true)
    private Slot slot;

    record Booking(Panel panel, Slot slot) {
    }

    Defense() {
        // for the solver's planning clone
    }

    Defense(int key, long applicantId, String specialtyCode, Duration length, ScheduleCalendar calendar,
            Map<Panel, Set<Long>> eligibleByPanel, List<Panel> panelRange, List<Slot> slotRange, Booking booking,
            boolean pinned) {
        this.key = key;
        this.applicantId = applicantId;
        this.specialtyCode = specialtyCode;
        this.length = length;
        this.calendar = calendar;
        this.eligibleByPanel = Map.copyOf(eligibleByPanel);
        this.panelRange = List.copyOf(panelRange);
        this.slotRange = List.copyOf(slotRange);
        this.booking = booking;
        this.pinned = pinned;
        if (booking != null) {
            this.panel = booking.panel();
            this.slot = booking.slot();
        }
    }

    @ValueRangeProvider(id = "panelRange")
    public List<Panel> getPanelRange() {
        return panelRange;
    }

    @ValueRangeProvider(id = "slotRange")
    public List<Slot> getSlotRange() {
        return slotRange;
    }

    public Integer getKey() {
        return key;
    }

    public long applicantId() {
        return applicantId;
    }

    /** Null for a booked defense: its panel was checked when it was booked. */
    String specialtyCode() {
        return specialtyCode;
    }

    Duration length() {
        return length;
    }

    ScheduleCalendar calendar() {
        return calendar;
    }

    boolean isBooked() {
        return booking != null;
    }

    Booking booking() {
        return booking;
    }

    boolean isPinned() {
        return pinned;
    }

    UnplacedReason cannotPlace() {
        return cannotPlace;
    }

    /** Marks a defense that no plan can place: pinned unplaced, so the search leaves it alone. */
    Defense unplaceable(UnplacedReason why) {
        this.cannotPlace = why;
        this.pinned = true;
        return this;
    }

    public Panel getPanel() {
        return panel;
    }

    public void setPanel(Panel panel) {
        this.panel = panel;
    }

    public Slot getSlot() {
        return slot;
    }

    public void setSlot(Slot slot) {
        this.slot = slot;
    }

    void place(Panel panel, Slot slot) {
        this.panel = panel;
        this.slot = slot;
    }

    boolean isPlaced() {
        return panel != null && slot != null;
    }

    boolean isMoved() {
        return booking != null && (panel != booking.panel() || slot != booking.slot());
    }

    TimeSpan span() {
        return span(slot);
    }

    TimeSpan span(Slot at) {
        return new TimeSpan(at.start(), at.start().plus(length));
    }

    Set<Long> eligibleMembers() {
        return eligibleMembersOn(panel);
    }

    Set<Long> eligibleMembersOn(Panel on) {
        return on == null ? Set.of() : eligibleByPanel.getOrDefault(on, Set.of());
    }

    /** True when some eligible member also sits on another panel, the only way panels can clash. */
    boolean mayClashAcrossPanels() {
        return panel != null && !Collections.disjoint(eligibleMembers(), panel.sharedMemberIds());
    }

    boolean sharesMemberWith(Defense other) {
        return !Collections.disjoint(eligibleMembers(), other.eligibleMembers());
    }

    boolean clashesWith(Defense other) {
        return span().clashes(other.span(), calendar.changeoverMinutes());
    }

    // Epoch seconds for the constraint streams' interval joins, which index on comparable keys.
    long startSecond() {
        return slot.epochSecond();
    }

    /** End plus change-over: two defenses clash exactly when these intervals overlap. */
    long busyUntilSecond() {
        return slot.epochSecond() + length.getSeconds() + calendar.changeoverMinutes() * 60L;
    }

    List<MemberDay> memberDays() {
        Set<Long> members = eligibleMembers();
        List<MemberDay> days = new ArrayList<>(members.size());
        for (Long member : members) {
            days.add(new MemberDay(member, slot.day()));
        }
        return days;
    }

    @Override
    public String toString() {
        return "defense of applicant " + applicantId + (isPlaced() ? " on " + panel + " at " + slot : " (unplaced)");
    }
}
