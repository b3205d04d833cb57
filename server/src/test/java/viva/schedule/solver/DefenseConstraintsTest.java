package viva.schedule.solver;

import static viva.schedule.solver.RoundFixture.at;
import static viva.schedule.solver.RoundFixture.defenseOf;
import static viva.schedule.solver.RoundFixture.input;
import static viva.schedule.solver.RoundFixture.panel;
import static viva.schedule.solver.RoundFixture.place;
import static viva.schedule.solver.RoundFixture.span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

class DefenseConstraintsTest {

    private final ConstraintVerifier<DefenseConstraints, DefenseSchedule> verifier =
            ConstraintVerifier.build(new DefenseConstraints(), DefenseSchedule.class, Defense.class);

    /** Panel 1 covers ENG01, panel 2 covers ENG02; panel 3 covers ENG01 and shares expert 101 with panel 1. */
    private static List<PanelFact> panels() {
        PanelFact one = panel(1, Set.of("ENG01"), 7);
        PanelFact two = panel(2, Set.of("ENG02"), 7);
        List<MemberFact> three = new ArrayList<>(panel(3, Set.of("ENG01"), 6).members());
        three.add(one.members().get(0));
        return List.of(one, two, new PanelFact(3, Set.of("ENG01"), three));
    }

    private static DefenseSchedule schedule(ApplicantFact... applicants) {
        return ScheduleBuilder.build(input(2, panels(), List.of(applicants), List.of()));
    }

    private static ApplicantFact applicant(long id, String specialty) {
        return new ApplicantFact(id, specialty, "Applicant employer " + id, 30);
    }

    private Object[] given(DefenseSchedule schedule) {
        List<Object> facts = new ArrayList<>(schedule.getPanels());
        facts.addAll(schedule.getDefenses());
        return facts.toArray();
    }

    @Test
    void panelMustCoverTheSpecialty() {
        DefenseSchedule schedule = schedule(applicant(1, "ENG01"), applicant(2, "ENG01"));
        place(schedule, 1, 2, at(0, "09:00"));
        place(schedule, 2, 1, at(0, "09:00"));
        verifier.verifyThat(DefenseConstraints::panelCoversSpecialty).given(given(schedule)).penalizes(1);
    }

    @Test
    void quorumMustRemainAfterRecusal() {
        // Five of panel 4's seven experts work where applicant 1 does: two remain, five are needed.
        PanelFact recusing = panel(4, Set.of("ENG03"), 7, "Acme", "Acme", " Acme ", "A cme", "Acme");
        PanelFact clean = panel(5, Set.of("ENG03"), 7);
        DefenseSchedule schedule = ScheduleBuilder.build(input(1, List.of(recusing, clean),
                List.of(new ApplicantFact(1, "ENG03", "Acme", 30), new ApplicantFact(2, "ENG03", "Acme", 30)),
                List.of()));
        defenseOf(schedule, 1).place(RoundFixture.panelOf(schedule, 4), defenseOf(schedule, 1).getSlotRange().get(0));
        place(schedule, 2, 5, at(0, "09:00"));
        verifier.verifyThat(DefenseConstraints::quorumAfterRecusal).given(given(schedule)).penalizes(1);
    }

    @Test
    void defenseMustFitTheCalendar() {
        PanelFact one = panel(1, Set.of("ENG01"), 7);
        List<Long> members = one.members().stream().map(MemberFact::id).toList();
        DefenseSchedule schedule = ScheduleBuilder.build(input(1, List.of(one), List.of(), List.of(
                new BookedDefense(1, 1, span(0, "11:50", 30), Set.copyOf(members)),
                new BookedDefense(2, 1, span(0, "09:00", 30), Set.copyOf(members)))));
        verifier.verifyThat(DefenseConstraints::fitsCalendar).given(given(schedule)).penalizes(1);
    }

    @Test
    void panelMustNotHoldTwoDefensesAtOnce() {
        DefenseSchedule schedule = schedule(applicant(1, "ENG01"), applicant(2, "ENG01"), applicant(3, "ENG01"));
        place(schedule, 1, 1, at(0, "09:00"));
        place(schedule, 2, 1, at(0, "09:30")); // no change-over after the first
        place(schedule, 3, 1, at(0, "10:05")); // exactly the change-over after the second
        verifier.verifyThat(DefenseConstraints::panelClash).given(given(schedule)).penalizes(1);
    }

    @Test
    void expertOnTwoPanelsMustNotSitTwiceAtOnce() {
        DefenseSchedule schedule = schedule(applicant(1, "ENG01"), applicant(2, "ENG01"), applicant(3, "ENG02"));
        place(schedule, 1, 1, at(0, "09:00"));
        place(schedule, 2, 3, at(0, "09:20")); // expert 101 sits on both panels 1 and 3
        place(schedule, 3, 2, at(0, "09:00")); // panel 2 shares nobody
        verifier.verifyThat(DefenseConstraints::memberClash).given(given(schedule)).penalizes(1);
    }

    @Test
    void sharedExpertRecusedFromOneDefenseDoesNotClash() {
        PanelFact one = panel(1, Set.of("ENG01"), 7);
        List<MemberFact> three = new ArrayList<>(panel(3, Set.of("ENG01"), 6).members());
        three.add(one.members().get(0));
        DefenseSchedule schedule = ScheduleBuilder.build(input(1,
                List.of(one, new PanelFact(3, Set.of("ENG01"), three)),
                List.of(applicant(1, "ENG01"),
                        new ApplicantFact(2, "ENG01", one.members().get(0).employer(), 30)),
                List.of()));
        place(schedule, 1, 1, at(0, "09:00"));
        place(schedule, 2, 3, at(0, "09:00"));
        verifier.verifyThat(DefenseConstraints::memberClash).given(given(schedule)).penalizes(0);
    }

    @Test
    void clashWithABookedDefenseCounts() {
        PanelFact one = panel(1, Set.of("ENG01"), 7);
        Set<Long> members = Set.copyOf(one.members().stream().map(MemberFact::id).toList());
        DefenseSchedule schedule = ScheduleBuilder.build(input(1, List.of(one), List.of(applicant(2, "ENG01")),
                List.of(new BookedDefense(1, 1, span(0, "09:00", 30), members))));
        place(schedule, 2, 1, at(0, "09:15"));
        verifier.verifyThat(DefenseConstraints::panelClash).given(given(schedule)).penalizes(1);
    }

    @Test
    void everyApplicantMustBePlaced() {
        DefenseSchedule schedule = schedule(applicant(1, "ENG01"), applicant(2, "ENG01"), applicant(3, "ENG09"));
        place(schedule, 1, 1, at(0, "09:00"));
        defenseOf(schedule, 2).setPanel(RoundFixture.panelOf(schedule, 1)); // a panel but no start
        // Applicant 3's specialty has no panel at all: no plan can place it, so it is reported, not counted.
        verifier.verifyThat(DefenseConstraints::everyApplicantPlaced).given(given(schedule)).penalizes(1);
    }

    @Test
    void movingABookedDefenseCostsMedium() {
        PanelFact one = panel(1, Set.of("ENG01"), 7);
        Set<Long> members = Set.copyOf(one.members().stream().map(MemberFact::id).toList());
        SolverInput input = input(1, List.of(one), List.of(),
                List.of(new BookedDefense(1, 1, span(0, "09:00", 30), members),
                        new BookedDefense(2, 1, span(0, "10:00", 30), members)))
                .allowingMovingBooked();
        DefenseSchedule schedule = ScheduleBuilder.build(input);
        verifier.verifyThat(DefenseConstraints::bookedDefenseMoved).given(given(schedule)).penalizes(0);
        place(schedule, 2, 1, at(0, "14:30"));
        verifier.verifyThat(DefenseConstraints::bookedDefenseMoved).given(given(schedule)).penalizes(1);
    }

    @Test
    void eachExpertDayCountsOnce() {
        DefenseSchedule schedule = schedule(applicant(1, "ENG01"), applicant(2, "ENG01"), applicant(3, "ENG01"),
                applicant(4, "ENG01"));
        place(schedule, 1, 1, at(0, "09:00"));
        place(schedule, 2, 1, at(0, "14:30"));
        place(schedule, 3, 1, at(1, "09:00"));
        defenseOf(schedule, 4).setPanel(RoundFixture.panelOf(schedule, 1)); // unplaced: costs no day
        // Panel 1's seven experts on two days.
        verifier.verifyThat(DefenseConstraints::memberDays).given(given(schedule)).penalizes(14);
    }

    @Test
    void panelsShouldCarrySimilarLoads() {
        DefenseSchedule uneven = schedule(applicant(1, "ENG01"), applicant(2, "ENG01"));
        place(uneven, 1, 1, at(0, "09:00"));
        place(uneven, 2, 1, at(0, "10:00"));
        verifier.verifyThat(DefenseConstraints::panelLoad).given(given(uneven)).penalizesByMoreThan(0);

        DefenseSchedule even = schedule(applicant(1, "ENG01"), applicant(2, "ENG01"), applicant(3, "ENG02"));
        place(even, 1, 1, at(0, "09:00"));
        place(even, 2, 3, at(0, "10:00"));
        place(even, 3, 2, at(0, "10:00"));
        verifier.verifyThat(DefenseConstraints::panelLoad).given(given(even)).penalizesBy(0);
    }

    @Test
    void expertsShouldCarrySimilarLoads() {
        PanelFact one = panel(1, Set.of("ENG01"), 3);
        DefenseSchedule uneven = ScheduleBuilder.build(input(1, List.of(one),
                List.of(applicant(1, "ENG01"), new ApplicantFact(2, "ENG01", one.members().get(0).employer(), 30)),
                List.of()));
        place(uneven, 1, 1, at(0, "09:00"));
        place(uneven, 2, 1, at(0, "10:00")); // expert 101 is recused, so sits once where the others sit twice
        verifier.verifyThat(DefenseConstraints::memberLoad).given(given(uneven)).penalizesByMoreThan(0);

        DefenseSchedule even = ScheduleBuilder.build(input(1, List.of(one),
                List.of(applicant(1, "ENG01"), applicant(2, "ENG01")), List.of()));
        place(even, 1, 1, at(0, "09:00"));
        place(even, 2, 1, at(0, "10:00"));
        verifier.verifyThat(DefenseConstraints::memberLoad).given(given(even)).penalizesBy(0);
    }

    @Test
    void panelShouldNotWaitInsideASession() {
        DefenseSchedule schedule = schedule(applicant(1, "ENG01"), applicant(2, "ENG01"), applicant(3, "ENG01"),
                applicant(4, "ENG01"));
        place(schedule, 1, 1, at(0, "09:00"));
        place(schedule, 2, 1, at(0, "09:35")); // right after the change-over: no wait
        place(schedule, 3, 1, at(0, "10:30")); // waits 10:10–10:30
        place(schedule, 4, 1, at(0, "14:30")); // after the midday break, another session
        verifier.verifyThat(DefenseConstraints::idleGaps).given(given(schedule))
                .penalizesBy(20 * DefenseConstraints.IDLE_MINUTE_WEIGHT);
    }
}
