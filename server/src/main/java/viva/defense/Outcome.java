package viva.defense;

public enum Outcome {
    PENDING,
    PASSED,
    FAILED,
    /** Held without a valid vote; the defense must be held again. */
    INVALID
}
