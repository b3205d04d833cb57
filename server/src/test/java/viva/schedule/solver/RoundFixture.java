package viva.schedule.solver;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import viva.defense.QuorumRule;
import viva.round.ScheduleCalendar;
import viva.round.TimeSpan;

/** Small rounds for the solver's tests: Shanghai time, two daily windows, five-minute change-over. */
final class RoundFixture {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 6, 2);

    private RoundFixture() {
    }

    static ScheduleCalendar calendar(int days) {
        return new ScheduleCalendar(ZONE, FIRST_DAY, FIRST_DAY.plusDays(days - 1),
                List.of(new ScheduleCalendar.Window(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        new ScheduleCalendar.Window(LocalTime.of(14, 30), LocalTime.of(18, 0))),
                Set.of(), 5);
    }

    /** A start on the given day of the round (0 = first day) at a local time such as "09:30". */
    static Instant at(int day, String time) {
        return FIRST_DAY.plusDays(day).atTime(LocalTime.parse(time)).atZone(ZONE).toInstant();
    }

    static TimeSpan span(int day, String time, int minutes) {
        return TimeSpan.of(at(day, time), minutes);
    }

    /** A panel of members id*100+1 … id*100+size, each from their own employer, unless listed in employers. */
    static PanelFact panel(long id, Set<String> specialties, int size, String... employers) {
        List<MemberFact> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String employer = i < employers.length ? employers[i] : "Employer of expert " + (id * 100 + i + 1);
            members.add(new MemberFact(id * 100 + i + 1, employer));
        }
        return new PanelFact(id, specialties, members);
    }

    static SolverInput input(int days, List<PanelFact> panels, List<ApplicantFact> applicants,
            List<BookedDefense> booked) {
        return new SolverInput(calendar(days), QuorumRule.TWO_THIRDS, panels, applicants, booked);
    }

    static Defense defenseOf(DefenseSchedule schedule, long applicantId) {
        return schedule.getDefenses().stream().filter(d -> d.applicantId() == applicantId).findFirst().orElseThrow();
    }

    static Panel panelOf(DefenseSchedule schedule, long panelId) {
        return schedule.getPanels().stream().filter(p -> p.id() == panelId).findFirst().orElseThrow();
    }

    /** Puts a defense on a panel at a start from its own range, as the solver would. */
    static Defense place(DefenseSchedule schedule, long applicantId, long panelId, Instant start) {
        Defense defense = defenseOf(schedule, applicantId);
        Slot slot = defense.getSlotRange().stream().filter(s -> s.start().equals(start)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(start + " is not a start of applicant " + applicantId));
        defense.place(panelOf(schedule, panelId), slot);
        return defense;
    }

    /**
     * Thirty applicants over three panels and two days. Panels 1 and 2 share expert 101; some
     * applicants work where an expert does; applicant 900 is already booked on panel 3.
     */
    static SolverInput smallRound() {
        PanelFact one = panel(1, Set.of("ENG01", "ENG02"), 7, "Tongji", "Zhejiang University");
        List<MemberFact> twoMembers = new ArrayList<>(panel(2, Set.of("ENG02", "ENG03"), 6, "Fudan").members());
        twoMembers.add(one.members().get(0));
        PanelFact two = new PanelFact(2, Set.of("ENG02", "ENG03"), twoMembers);
        PanelFact three = panel(3, Set.of("ENG04", "AGR"), 7, "Nanjing Agricultural University");
        String[] specialties = { "ENG01", "ENG02", "ENG03", "ENG04", "AGR" };
        String[] employers = { "Tongji", " Zhejiang  University", "Fudan", "Nanjing Agricultural University", "Acme",
                "Sunrise Design Institute" };
        List<ApplicantFact> applicants = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            applicants.add(new ApplicantFact(i, specialties[i % specialties.length], employers[i % employers.length],
                    i % 3 == 0 ? 30 : 25));
        }
        Set<Long> threeMembers = Set.copyOf(three.members().stream().map(MemberFact::id).toList());
        List<BookedDefense> booked = List.of(new BookedDefense(900, 3, span(0, "09:00", 30), threeMembers));
        return input(2, List.of(one, two, three), applicants, booked);
    }
}
