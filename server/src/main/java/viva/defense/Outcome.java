package viva.defense;

/** How a defense ended (PENDING until it closes). */
public enum Outcome {
    PENDING,
    PASSED,
    FAILED,
    /** Held without a valid vote; the defense must be held again. */
    INVALID,
    /** Closed while the applicant was never admitted: not passed (应参加答辩而未参加的，不予通过), may be held again. */
    ABSENT;

    /** Whether the applicant may defend again after a defense that ended so. */
    public boolean allowsAnotherDefense() {
        return this == INVALID || this == ABSENT;
    }
}
