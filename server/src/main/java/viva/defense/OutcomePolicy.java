package viva.defense;

/**
 * How votes become an outcome. Defense votes use {@link OneVoteVeto}; a committee's final vote
 * by two thirds would be another policy beside it.
 */
public interface OutcomePolicy {

    Outcome resolve(Tally tally);
}
