package viva.defense;

/** One stored vote as the outcome counts it: whose, and which way. */
public record CastVote(long memberId, Decision decision) {
}
