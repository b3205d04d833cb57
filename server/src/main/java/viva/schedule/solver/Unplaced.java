package viva.schedule.solver;

/** An applicant a plan leaves out, and why, in a machine code and in words for the console. */
public record Unplaced(long applicantId, String code, String reason) {

    static Unplaced of(Defense defense) {
        UnplacedReason why = defense.cannotPlace() == null ? UnplacedReason.NO_FREE_SLOT : defense.cannotPlace();
        return new Unplaced(defense.applicantId(), why.code(), why.describe(defense.specialtyCode()));
    }
}
