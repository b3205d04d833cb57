package viva.defense;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import viva.catalog.Series;
import viva.catalog.Specialty;
import viva.catalog.TitleLevel;
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

/**
 * A defense before a panel of seven (members 1 to 7), two of whom (6 and 7) share the applicant's
 * employer and stand down: five eligible, and a quorum of ⌈⅔ × 7⌉ = 5.
 */
final class DefenseFixture {

    static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");
    static final Specialty BUILDING = new Specialty("ENG11", Series.ENGINEERING, "建筑专业", 11);
    static final String EMPLOYER = "新疆天山建设工程有限公司";
    static final int QUORUM = QuorumRule.TWO_THIRDS.required(7);
    static final List<Long> ELIGIBLE = List.of(1L, 2L, 3L, 4L, 5L);

    private DefenseFixture() {
    }

    static Defense defense() {
        EvaluationRound round = Ids.assign(Rounds.december2026(), 1);
        IdNumber id = IdNumber.parse(IdNumbers.of("650102", LocalDate.of(1975, 5, 5), 11, true),
                LocalDate.of(2026, 11, 29));
        Applicant applicant = Ids.assign(new Applicant(round, "王建国", id, Gender.MALE, EMPLOYER, BUILDING,
                TitleLevel.SENIOR, ApplicantStatus.FEE_PAID, null, null, NOW), 100);
        List<Member> members = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            String employer = i <= 5 ? "独立单位" + i : EMPLOYER;
            members.add(Ids.assign(new Member("专家" + i, employer, List.of(BUILDING),
                    new UserAccount("m" + i, "hash", Roles.MEMBER, NOW), NOW), i));
        }
        Panel panel = Ids.assign(new Panel(round, "土建组", List.of(BUILDING), members, members.get(0), NOW), 10);
        return Ids.assign(new Defense(applicant, panel, 1, TimeSpan.of(NOW.plusSeconds(3600), 30), ELIGIBLE, NOW),
                1000);
    }

    /** Members in the room, and whether the applicant waits in the lobby. */
    /** The secretary checked the applicant's identity (opening the lobby first, where it is done). */
    static Defense identityChecked(Defense d) {
        if (!d.stage().started()) {
            d.advanceTo(DefenseStage.LOBBY, Presence.NOBODY, QUORUM, NOW);
        }
        d.verifyIdentity("cd".repeat(32), NOW);
        return d;
    }

    static Presence present(boolean applicantWaiting, long... members) {
        List<Long> ids = new ArrayList<>();
        for (long m : members) {
            ids.add(m);
        }
        return new Presence(java.util.Set.copyOf(ids), applicantWaiting);
    }

    static CastVote pass(long member) {
        return new CastVote(member, Decision.PASS);
    }

    static CastVote veto(long member) {
        return new CastVote(member, Decision.VETO);
    }
}
