package viva.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import viva.catalog.Series;
import viva.catalog.Specialty;
import viva.catalog.TitleLevel;
import viva.round.EvaluationRound;
import viva.round.Rounds;
import viva.testing.IdNumbers;

class ApplicantTest {

    private static final Instant NOW = Instant.parse("2026-11-29T04:00:00Z");
    private static final EvaluationRound ROUND = Rounds.december2026();
    private static final Specialty BUILDING = new Specialty("ENG11", Series.ENGINEERING, "建筑专业", 11);

    private static Applicant applicant(TitleLevel level, ApplicantStatus status, Instant returnedAt,
            LocalDate barredUntil) {
        IdNumber id = IdNumber.parse(IdNumbers.of("650102", LocalDate.of(1975, 5, 5), 11, true),
                LocalDate.of(2026, 11, 29));
        return new Applicant(ROUND, "王建国", id, Gender.MALE, "新疆天山建设工程有限公司", BUILDING, level, status,
                returnedAt, barredUntil, NOW);
    }

    @Test
    void onlySeniorLevelsNeedADefense() {
        assertTrue(applicant(TitleLevel.SENIOR, ApplicantStatus.FEE_PAID, null, null).defenseRequired());
        assertTrue(applicant(TitleLevel.DEPUTY_SENIOR, ApplicantStatus.FEE_PAID, null, null).defenseRequired());
        assertFalse(applicant(TitleLevel.INTERMEDIATE, ApplicantStatus.FEE_PAID, null, null).defenseRequired());
        assertEquals(Optional.of(Ineligibility.NOT_REQUIRED),
                applicant(TitleLevel.JUNIOR, ApplicantStatus.FEE_PAID, null, null).schedulingProblem(NOW));
    }

    @Test
    void aPaidSeniorApplicantIsSchedulable() {
        assertEquals(Optional.empty(),
                applicant(TitleLevel.SENIOR, ApplicantStatus.FEE_PAID, null, null).schedulingProblem(NOW));
    }

    @Test
    void unpaidApplicantsAreNotSchedulable() {
        assertEquals(Optional.of(Ineligibility.FEE_NOT_PAID),
                applicant(TitleLevel.SENIOR, ApplicantStatus.COMMITTEE_RECEIVED, null, null).schedulingProblem(NOW));
        assertEquals(Optional.of(Ineligibility.FEE_NOT_PAID),
                applicant(TitleLevel.SENIOR, ApplicantStatus.SUBMITTED, null, null).schedulingProblem(NOW));
        assertEquals(Optional.of(Ineligibility.WITHDRAWN),
                applicant(TitleLevel.SENIOR, ApplicantStatus.WITHDRAWN, null, null).schedulingProblem(NOW));
    }

    @Test
    void returnedMoreThanTwoDaysAgoCountsAsWithdrawn() {
        Applicant stale = applicant(TitleLevel.SENIOR, ApplicantStatus.RETURNED,
                NOW.minusSeconds(2 * 86400 + 60), null);
        assertEquals(ApplicantStatus.WITHDRAWN, stale.effectiveStatus(NOW));
        assertEquals(Optional.of(Ineligibility.RETURN_EXPIRED), stale.schedulingProblem(NOW));

        Applicant fresh = applicant(TitleLevel.SENIOR, ApplicantStatus.RETURNED, NOW.minusSeconds(86400), null);
        assertEquals(ApplicantStatus.RETURNED, fresh.effectiveStatus(NOW));
        assertEquals(Optional.of(Ineligibility.RETURNED), fresh.schedulingProblem(NOW));
    }

    @Test
    void anIntegrityRecordReachingIntoTheRoundBars() {
        assertEquals(Optional.of(Ineligibility.BARRED), applicant(TitleLevel.SENIOR, ApplicantStatus.FEE_PAID, null,
                ROUND.defenseFrom()).schedulingProblem(NOW));
        assertEquals(Optional.empty(), applicant(TitleLevel.SENIOR, ApplicantStatus.FEE_PAID, null,
                ROUND.defenseFrom().minusDays(1)).schedulingProblem(NOW));
    }

    @Test
    void genderMustAgreeWithTheIdNumberAndReturnedNeedsATime() {
        IdNumber male = IdNumber.parse(IdNumbers.of("650102", LocalDate.of(1975, 5, 5), 11, true),
                LocalDate.of(2026, 11, 29));
        ApplicantRuleException mismatch = assertThrows(ApplicantRuleException.class, () -> new Applicant(ROUND, "李娜",
                male, Gender.FEMALE, "单位", BUILDING, TitleLevel.SENIOR, ApplicantStatus.FEE_PAID, null, null, NOW));
        assertEquals("gender_mismatch", mismatch.code());
        ApplicantRuleException returned = assertThrows(ApplicantRuleException.class, () -> applicant(
                TitleLevel.SENIOR, ApplicantStatus.RETURNED, null, null));
        assertEquals("returned_at_required", returned.code());
    }
}
