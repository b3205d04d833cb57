package viva.defense;

/**
 * The defense rule (notice, section 五; DESIGN rule 9), in this order: fewer votes than the
 * quorum → INVALID; else any VETO → FAILED; else every present eligible member voted PASS →
 * PASSED; else INVALID. Closed before voting → INVALID.
 */
public final class OneVoteVeto implements OutcomePolicy {

    @Override
    public Outcome resolve(Tally tally) {
        if (!tally.reachedVoting() || tally.votesCast() < tally.quorum()) {
            return Outcome.INVALID;
        }
        if (tally.vetoes() > 0) {
            return Outcome.FAILED;
        }
        if (tally.passes() == tally.present() && tally.present() == tally.votesCast()) {
            return Outcome.PASSED;
        }
        return Outcome.INVALID;
    }
}
