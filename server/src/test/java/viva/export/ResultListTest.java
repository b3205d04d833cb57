package viva.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import viva.catalog.Series;
import viva.catalog.Specialty;
import viva.catalog.TitleLevel;
import viva.defense.Defense;
import viva.defense.DefenseStage;
import viva.defense.Outcome;
import viva.panel.Panel;
import viva.people.Applicant;
import viva.people.ApplicantStatus;
import viva.people.Gender;
import viva.people.IdNumber;
import viva.people.Member;
import viva.round.EvaluationRound;
import viva.round.Rounds;
import viva.round.TimeSpan;
import viva.security.UserAccount;
import viva.system.Roles;
import viva.testing.IdNumbers;
import viva.testing.Ids;

class ResultListTest {

    static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
    static final Specialty BUILDING = new Specialty("ENG11", Series.ENGINEERING, "建筑专业", 11);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final EvaluationRound round = Ids.assign(Rounds.december2026(), 1);
    final Panel civil = panel("土建组", 10);
    final Panel roads = panel("交通组", 11);
    final List<Defense> defenses = new ArrayList<>();
    int serial = 1;

    @Test
    void oneLinePerMandatoryApplicantWithTheLatestBookedDefense() {
        Applicant redefended = applicant(101, "王建国", TitleLevel.SENIOR, ApplicantStatus.FEE_PAID);
        Applicant absent = applicant(102, "李娜", TitleLevel.DEPUTY_SENIOR, ApplicantStatus.FEE_PAID);
        Applicant withdrawn = applicant(103, "赵强", TitleLevel.SENIOR, ApplicantStatus.WITHDRAWN);
        Applicant again = applicant(104, "钱敏", TitleLevel.SENIOR, ApplicantStatus.FEE_PAID);
        Applicant intermediate = applicant(105, "孙丽", TitleLevel.INTERMEDIATE, ApplicantStatus.FEE_PAID);
        Applicant failed = applicant(106, "周杰", TitleLevel.DEPUTY_SENIOR, ApplicantStatus.FEE_PAID);

        // The re-defense was booked after the first, though it is listed first (as by start time
        // when a first defense was moved later, say): the result is the one booked last.
        Defense first = defense(redefended, civil, "2026-12-08T01:00:00Z", NOW, Outcome.INVALID);
        Defense second = defense(redefended, roads, "2026-12-07T02:00:00Z", NOW.plusSeconds(60), Outcome.PASSED);
        defense(absent, civil, "2026-12-07T01:00:00Z", NOW, Outcome.ABSENT);
        defense(again, civil, "2026-12-07T06:30:00Z", NOW, Outcome.INVALID);
        defense(again, civil, "2026-12-09T01:00:00Z", NOW.plusSeconds(3600), null);
        defense(intermediate, civil, "2026-12-09T03:00:00Z", NOW, Outcome.PASSED);
        defense(failed, roads, "2026-12-10T01:00:00Z", NOW, Outcome.FAILED);
        defenses.remove(second);
        defenses.add(0, second);
        defenses.remove(first);
        defenses.add(first);

        List<ResultList.Line> lines = ResultList.of(List.of(redefended, absent, withdrawn, again, intermediate, failed),
                defenses, SHANGHAI);

        assertEquals(List.of(101L, 102L, 103L, 104L, 106L), lines.stream().map(ResultList.Line::applicantId).toList(),
                "the intermediate applicant needs no defense and has no line");
        assertEquals(List.of("王建国", redefended.idNumber(), "新疆天山建设工程有限公司", "建筑专业", "正高级", "交通组",
                "2026-12-07 10:00", "通过", "2"), lines.get(0).cells());
        assertEquals(List.of("副高级", "土建组", "2026-12-07 09:00", "缺席", "1"), lines.get(1).cells().subList(4, 9));
        assertEquals(List.of("", "", "待答辩", "0"), lines.get(2).cells().subList(5, 9),
                "withdrawn, yet mandatory: listed without a defense");
        assertEquals(List.of("2026-12-09 09:00", "待答辩", "2"), lines.get(3).cells().subList(6, 9),
                "an INVALID defense followed by one not yet held");
        assertEquals("未通过", lines.get(4).cells().get(7));
    }

    @Test
    void everyOutcomeHasItsChineseName() {
        assertEquals("待答辩", ResultList.label(Outcome.PENDING));
        assertEquals("通过", ResultList.label(Outcome.PASSED));
        assertEquals("未通过", ResultList.label(Outcome.FAILED));
        assertEquals("无效（须重新答辩）", ResultList.label(Outcome.INVALID));
        assertEquals("缺席", ResultList.label(Outcome.ABSENT));
    }

    private Applicant applicant(long id, String name, TitleLevel level, ApplicantStatus status) {
        IdNumber number = IdNumber.parse(IdNumbers.of("650102", LocalDate.of(1975, 5, (int) (id % 28) + 1), 11, true),
                LocalDate.of(2026, 11, 29));
        return Ids.assign(new Applicant(round, name, number, Gender.MALE, "新疆天山建设工程有限公司", BUILDING, level,
                status, null, null, NOW), id);
    }

    private Panel panel(String name, long id) {
        List<Member> members = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            members.add(Ids.assign(new Member("专家" + i, "独立单位" + i, List.of(BUILDING),
                    new UserAccount(name + i, "hash", Roles.MEMBER, NOW), NOW), id * 10 + i));
        }
        return Ids.assign(new Panel(round, name, List.of(BUILDING), members, members.get(0), NOW), id);
    }

    /** A defense as stored: booked at {@code createdAt}, closed with the outcome (null: not held yet). */
    private Defense defense(Applicant applicant, Panel panel, String start, Instant createdAt, Outcome outcome) {
        int number = serial++;
        Defense defense = Ids.assign(new Defense(applicant, panel, number, TimeSpan.of(Instant.parse(start), 30),
                List.of(1L, 2L, 3L, 4L, 5L), createdAt), 1000 + number);
        if (outcome != null) {
            set(defense, "stage", DefenseStage.CLOSED);
            set(defense, "outcome", outcome);
        }
        defenses.add(defense);
        return defense;
    }

    private static void set(Defense defense, String name, Object value) {
        try {
            Field field = Defense.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(defense, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
