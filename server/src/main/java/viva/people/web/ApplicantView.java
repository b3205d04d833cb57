package viva.people.web;

import viva.people.Ineligibility;
import viva.people.Gender;
import viva.people.Applicant;
import viva.people.ApplicantStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import viva.catalog.TitleLevel;

/** An applicant as the secretariat sees it, times in the round's zone. */
public record ApplicantView(Long id, Long roundId, String name, String idNumber, Gender gender, String employer,
        String specialtyCode, String specialtyName, TitleLevel level, ApplicantStatus status,
        ApplicantStatus effectiveStatus, OffsetDateTime returnedAt, LocalDate barredUntil, boolean defenseRequired,
        boolean schedulable, Ineligibility ineligibility, String ineligibilityReason, String email, String phone) {

    public static ApplicantView of(Applicant a, Instant now) {
        Ineligibility problem = a.schedulingProblem(now).orElse(null);
        return new ApplicantView(a.id(), a.round().id(), a.name(), a.idNumber(), a.gender(), a.employer(),
                a.specialty().code(), a.specialty().name(), a.level(), a.status(), a.effectiveStatus(now),
                a.returnedAt() == null ? null : a.returnedAt().atZone(a.round().zone()).toOffsetDateTime(),
                a.barredUntil(), a.defenseRequired(), problem == null, problem,
                problem == null ? null : problem.description(), a.contact().email(), a.contact().phone());
    }
}
