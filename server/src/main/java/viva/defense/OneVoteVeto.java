package viva.defense;

/**
 * The defense rule (notice, section 五; DESIGN rule 9), in this order: the applicant never
 * admitted → ABSENT (应参加答辩而未参加的，不予通过); closed before voting → INVALID; fewer votes
 * than the quorum → INVALID; else any VETO → FAILED; else every present eligible member voted
 * PASS → PASSED; else INVALID.
 */
public final class OneVoteVeto implements OutcomePolicy {

    @Override
    public Outcome resolve(Tally tally) {
        if (!tally.applicantAdmitted()) {
            return Outcome.ABSENT;
        }
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
