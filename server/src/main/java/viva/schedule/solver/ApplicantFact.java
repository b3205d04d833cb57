package viva.schedule.solver;

/**
 * An applicant whose defense is still to be planned. The duration comes from the round's stage
 * lengths for the applicant's level, so senior applicants have the longer defenses.
 */
public record ApplicantFact(long id, String specialtyCode, String employer, int durationMinutes) {

    public ApplicantFact {
        if (durationMinutes <= 0) {
            throw new IllegalArgumentException("a defense lasts at least a minute: applicant " + id);
        }
    }
}
