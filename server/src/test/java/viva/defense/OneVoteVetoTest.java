package viva.defense;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OneVoteVetoTest {

    private final OutcomePolicy policy = new OneVoteVeto();

    /** quorum 5 of a panel of 7, 6 eligible (one recused). */
    private Outcome resolve(int present, int votes, int vetoes) {
        return policy.resolve(new Tally(true, true, 5, 6, present, votes, vetoes, votes - vetoes));
    }

    @Test
    void everyPresentMemberPassingPasses() {
        assertEquals(Outcome.PASSED, resolve(6, 6, 0));
        assertEquals(Outcome.PASSED, resolve(5, 5, 0));
    }

    @Test
    void oneVetoFails() {
        assertEquals(Outcome.FAILED, resolve(6, 6, 1));
        assertEquals(Outcome.FAILED, resolve(5, 5, 5));
    }

    @Test
    void fewerVotesThanTheQuorumIsInvalidEvenWithAVeto() {
        assertEquals(Outcome.INVALID, resolve(6, 4, 0));
        assertEquals(Outcome.INVALID, resolve(4, 4, 1), "the quorum rule comes before the veto");
    }

    @Test
    void aPresentMemberWhoDidNotVoteLeavesItInvalid() {
        assertEquals(Outcome.INVALID, resolve(6, 5, 0));
    }

    @Test
    void closingBeforeVotingIsInvalid() {
        assertEquals(Outcome.INVALID, policy.resolve(new Tally(true, false, 5, 6, 6, 6, 0, 6)));
    }

    @Test
    void anApplicantNeverAdmittedIsAbsentWhateverTheVotes() {
        assertEquals(Outcome.ABSENT, policy.resolve(new Tally(false, false, 5, 6, 0, 0, 0, 0)));
        assertEquals(Outcome.ABSENT, policy.resolve(new Tally(false, true, 5, 6, 6, 6, 0, 6)),
                "comes before every other rule");
    }
}
