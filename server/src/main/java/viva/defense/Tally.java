package viva.defense;

/**
 * The counts a defense's outcome is decided on.
 *
 * @param applicantAdmitted whether the applicant was ever admitted (never → ABSENT)
 * @param reachedVoting whether voting was ever opened (closing before it is INVALID)
 * @param quorum        ⌈fraction × panel size⌉
 * @param eligible      members not recused
 * @param present       eligible members present during voting
 */
public record Tally(boolean applicantAdmitted, boolean reachedVoting, int quorum, int eligible, int present, int votesCast, int vetoes,
        int passes) {
}
