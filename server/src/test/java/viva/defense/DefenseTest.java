package viva.defense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static viva.defense.DefenseFixture.NOW;
import static viva.defense.DefenseFixture.QUORUM;
import static viva.defense.DefenseFixture.defense;
import static viva.defense.DefenseFixture.pass;
import static viva.defense.DefenseFixture.present;
import static viva.defense.DefenseFixture.veto;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import viva.round.TimeSpan;
import viva.system.Refusal;

/** Every transition of a defense and every refusal, without a container. */
class DefenseTest {

    private static final String STILL = "ab".repeat(32);

    private static final Instant LATER = NOW.plusSeconds(600);
    private static final Presence QUORUM_PRESENT = present(false, 1, 2, 3, 4, 5);

    private static String refusal(Executable action) {
        return assertThrows(Refusal.class, action).code();
    }

    @Test
    void aNewDefenseIsScheduledAndPending() {
        Defense d = defense();
        assertEquals(DefenseStage.SCHEDULED, d.stage());
        assertEquals(Outcome.PENDING, d.outcome());
        assertFalse(d.reachedVoting());
        assertFalse(d.applicantAdmitted());
    }

    @Test
    void stagesMoveForwardOneByOneOrSkipping() {
        Defense d = defense();
        d.advanceTo(DefenseStage.LOBBY, Presence.NOBODY, QUORUM, NOW);
        assertEquals(DefenseStage.LOBBY, d.stage());
        assertEquals(NOW, d.stageStartedAt());
        d.advanceTo(DefenseStage.QUESTIONS, Presence.NOBODY, QUORUM, LATER);
        assertEquals(DefenseStage.QUESTIONS, d.stage(), "STATEMENT skipped");
        assertEquals(LATER, d.stageStartedAt());
    }

    @Test
    void stagesNeverGoBackNorRepeat() {
        Defense d = defense();
        d.advanceTo(DefenseStage.STATEMENT, Presence.NOBODY, QUORUM, NOW);
        assertEquals("invalid_stage", refusal(() -> d.advanceTo(DefenseStage.LOBBY, Presence.NOBODY, QUORUM, LATER)));
        assertEquals("invalid_stage", refusal(() -> d.advanceTo(DefenseStage.STATEMENT, Presence.NOBODY, QUORUM,
                LATER)));
        assertEquals(DefenseStage.STATEMENT, d.stage());
    }

    @Test
    void closingGoesThroughCloseWhichSettles() {
        Defense d = defense();
        assertThrows(IllegalArgumentException.class,
                () -> d.advanceTo(DefenseStage.CLOSED, Presence.NOBODY, QUORUM, NOW));
    }

    @Test
    void votingOpensOnlyOnceTheApplicantWasAdmitted() {
        Defense d = defense();
        d.advanceTo(DefenseStage.QUESTIONS, Presence.NOBODY, QUORUM, NOW);
        assertEquals("applicant_not_admitted", refusal(() -> d.advanceTo(DefenseStage.VOTING, QUORUM_PRESENT,
                QUORUM, LATER)));
        assertEquals(DefenseStage.QUESTIONS, d.stage());
    }

    @Test
    void votingOpensOnlyWithAQuorumOfEligibleMembersPresent() {
        Defense d = admitted();
        // Four eligible and both recused members: the recused do not count.
        Presence short1 = present(false, 1, 2, 3, 4, 6, 7);
        assertEquals("no_quorum", refusal(() -> d.advanceTo(DefenseStage.VOTING, short1, QUORUM, NOW)));
        assertEquals(DefenseStage.LOBBY, d.stage());
        assertFalse(d.reachedVoting());

        d.advanceTo(DefenseStage.VOTING, present(false, 1, 2, 3, 4, 5, 6), QUORUM, NOW);
        assertEquals(DefenseStage.VOTING, d.stage());
        assertTrue(d.reachedVoting());
        assertEquals(Set.of(1L, 2L, 3L, 4L, 5L), d.votingPresentMemberIds(), "only eligible members count");
    }

    @Test
    void aMemberEnteringDuringVotingCountsAsPresentButNotBefore() {
        Defense d = defense();
        d.markPresentForVoting(1);
        assertTrue(d.votingPresentMemberIds().isEmpty());
        d.advanceTo(DefenseStage.LOBBY, Presence.NOBODY, QUORUM, NOW);
        d.verifyIdentity(STILL, NOW);
        d.admitApplicant(present(true), NOW);
        d.advanceTo(DefenseStage.VOTING, QUORUM_PRESENT, QUORUM, NOW);
        d.markPresentForVoting(6);
        assertFalse(d.votingPresentMemberIds().contains(6L), "a recused member never counts");
    }

    @Test
    void allPresentEligibleMembersPassingPasses() {
        Defense d = open();
        Tally tally = d.close(List.of(pass(1), pass(2), pass(3), pass(4), pass(5)), QUORUM, LATER);
        assertEquals(Outcome.PASSED, d.outcome());
        assertEquals(DefenseStage.CLOSED, d.stage());
        assertEquals(LATER, d.closedAt());
        assertEquals(new Tally(true, true, 5, 5, 5, 5, 0, 5), tally);
    }

    @Test
    void oneVetoFails() {
        Defense d = open();
        d.close(List.of(pass(1), pass(2), veto(3), pass(4), pass(5)), QUORUM, LATER);
        assertEquals(Outcome.FAILED, d.outcome());
    }

    @Test
    void fewerVotesThanTheQuorumIsInvalidEvenWithAVeto() {
        Defense d = open();
        d.close(List.of(veto(1), pass(2), pass(3), pass(4)), QUORUM, LATER);
        assertEquals(Outcome.INVALID, d.outcome());
    }

    @Test
    void closedBeforeVotingIsInvalid() {
        Defense d = admitted();
        d.advanceTo(DefenseStage.QUESTIONS, Presence.NOBODY, QUORUM, NOW);
        Tally tally = d.close(List.of(), QUORUM, LATER);
        assertEquals(Outcome.INVALID, d.outcome());
        assertFalse(tally.reachedVoting());
    }

    @Test
    void anApplicantWhoNeverAppearedIsAbsent() {
        Defense d = defense();
        d.advanceTo(DefenseStage.LOBBY, Presence.NOBODY, QUORUM, NOW);
        Tally tally = d.close(List.of(), QUORUM, LATER);
        assertEquals(Outcome.ABSENT, d.outcome());
        assertFalse(tally.applicantAdmitted());
        assertTrue(d.outcome().allowsAnotherDefense());
    }

    @Test
    void aClosedDefenseIsClosedForGood() {
        Defense d = open();
        d.close(List.of(pass(1), pass(2), pass(3), pass(4), pass(5)), QUORUM, LATER);
        assertEquals("defense_closed", refusal(() -> d.close(List.of(), QUORUM, LATER)));
        assertEquals("defense_closed", refusal(() -> d.advanceTo(DefenseStage.VOTING, QUORUM_PRESENT, QUORUM,
                LATER)));
        assertEquals("defense_closed", refusal(() -> d.admitApplicant(present(true), LATER)));
        assertEquals(Outcome.PASSED, d.outcome(), "the outcome never changes after close");
    }

    @Test
    void aVoterCountsAsPresentFromTheirVote() {
        Defense d = admitted();
        d.advanceTo(DefenseStage.VOTING, QUORUM_PRESENT, QUORUM, NOW);
        Tally tally = d.tally(List.of(pass(1)), QUORUM);
        assertEquals(5, tally.present());
        assertEquals(1, tally.votesCast());
    }

    @Test
    void theApplicantIsAdmittedOnlyFromTheLobbyAndOnce() {
        Defense d = defense();
        d.advanceTo(DefenseStage.LOBBY, Presence.NOBODY, QUORUM, NOW);
        assertEquals("not_waiting", refusal(() -> d.admitApplicant(present(false, 1), NOW)));
        assertFalse(d.applicantAdmitted());
        d.verifyIdentity(STILL, NOW);
        d.admitApplicant(present(true), NOW);
        assertTrue(d.applicantAdmitted());
        d.admitApplicant(present(true), LATER);
        assertTrue(d.applicantAdmitted(), "a return after a drop keeps the first admission");
    }

    @Test
    void onlyEligibleMembersOfThePanelVote() {
        Defense d = defense();
        d.requireEligibleVoter(1);
        assertEquals("not_eligible", refusal(() -> d.requireEligibleVoter(6)), "recused");
        assertEquals("not_eligible", refusal(() -> d.requireEligibleVoter(99)), "not on the panel");
    }

    @Test
    void aVoteNeedsVotingOpenAndTheVoterInTheRoom() {
        Defense d = admitted();
        assertEquals("not_voting", refusal(() -> d.requireOpenVoteFor(1, QUORUM_PRESENT)));
        d.advanceTo(DefenseStage.VOTING, QUORUM_PRESENT, QUORUM, NOW);
        d.requireOpenVoteFor(1, QUORUM_PRESENT);
        assertEquals("not_present", refusal(() -> d.requireOpenVoteFor(1, present(false, 2, 3, 4, 5))));
    }

    @Test
    void aDefenseMovesOrIsCancelledOnlyBeforeItStarts() {
        Defense d = defense();
        TimeSpan later = TimeSpan.of(NOW.plusSeconds(7200), 30);
        d.refuseIfStarted("cancelled");
        d.reschedule(d.panel(), later, d.eligibleMemberIds());
        assertEquals(later, d.span());
        d.advanceTo(DefenseStage.LOBBY, Presence.NOBODY, QUORUM, NOW);
        assertEquals("already_started", refusal(() -> d.refuseIfStarted("cancelled")));
        assertEquals("already_started", refusal(() -> d.reschedule(d.panel(), later, d.eligibleMemberIds())));
    }

    @Test
    void theRoomKnowsWhichStagesAreRecordedAndWhichIsTheEnd() {
        assertFalse(DefenseStage.LOBBY.forRoom().recorded());
        assertTrue(DefenseStage.STATEMENT.forRoom().recorded());
        assertTrue(DefenseStage.QUESTIONS.forRoom().recorded());
        assertTrue(DefenseStage.VOTING.forRoom().recorded());
        assertFalse(DefenseStage.CLOSED.forRoom().recorded());
        assertTrue(DefenseStage.CLOSED.forRoom().closed());
        assertFalse(DefenseStage.VOTING.forRoom().closed());
        assertEquals("VOTING", DefenseStage.VOTING.forRoom().name());
    }

    @Test
    void onlyThePrivateDeliberationKeepsTheApplicantOut() {
        for (DefenseStage stage : DefenseStage.values()) {
            assertEquals(stage == DefenseStage.VOTING, stage.forRoom().deliberation(), stage.name());
        }
    }

    @Test
    void theApplicantSentToTheLobbyReturnsThereUntilAdmittedAgain() {
        Defense d = admitted();
        d.advanceTo(DefenseStage.STATEMENT, Presence.NOBODY, QUORUM, NOW);
        assertTrue(d.applicantGoesStraightIn(), "a return after a drop skips the lobby");
        d.sendApplicantToLobby(NOW);
        assertFalse(d.applicantGoesStraightIn(), "sent out: a return waits in the lobby");
        assertTrue(d.applicantAdmitted(), "having been admitted stays true");
        d.admitApplicant(present(true), LATER);
        assertTrue(d.applicantGoesStraightIn());
    }

    @Test
    void anApplicantNeverAdmittedIsNotMadeAdmittedBySendingThemOut() {
        Defense d = defense();
        d.advanceTo(DefenseStage.LOBBY, Presence.NOBODY, QUORUM, NOW);
        d.sendApplicantToLobby(NOW);
        assertFalse(d.applicantAdmitted());
        assertFalse(d.applicantGoesStraightIn());
    }

    @Test
    void nobodyIsAdmittedBackWhileThePanelDeliberates() {
        Defense d = open();
        assertEquals("deliberation_private", refusal(() -> d.admitApplicant(present(true, 1, 2, 3, 4, 5), LATER)));
    }

    @Test
    void anApplicantSentOutBeforeTheVoteIsNotAbsent() {
        Defense d = admitted();
        d.sendApplicantToLobby(NOW);
        d.advanceTo(DefenseStage.VOTING, QUORUM_PRESENT, QUORUM, NOW);
        d.close(List.of(pass(1), pass(2), pass(3), pass(4), pass(5)), QUORUM, LATER);
        assertEquals(Outcome.PASSED, d.outcome());
        assertEquals("defense_closed", refusal(() -> d.sendApplicantToLobby(LATER)));
    }

    @Test
    void aScreenIsSharedOnlyWhileTheApplicantPresentsAndAnswers() {
        for (DefenseStage stage : DefenseStage.values()) {
            assertEquals(stage == DefenseStage.STATEMENT || stage == DefenseStage.QUESTIONS, stage.forRoom().sharing(),
                    stage::name);
        }
    }

    @Test
    void theApplicantIsAdmittedOnlyOnceTheirIdentityWasChecked() {
        Defense d = defense();
        assertEquals("lobby_not_open", refusal(() -> d.verifyIdentity(STILL, NOW)));
        d.advanceTo(DefenseStage.LOBBY, Presence.NOBODY, QUORUM, NOW);
        assertEquals("identity_not_verified", refusal(() -> d.admitApplicant(present(true), NOW)));
        assertFalse(d.applicantAdmitted());
        d.verifyIdentity(STILL, NOW);
        assertEquals(STILL, d.identitySha256().orElseThrow());
        d.admitApplicant(present(true), NOW);
        assertTrue(d.applicantAdmitted());
    }

    @Test
    void aRoundWithoutTheIdentityCheckAdmitsWithoutIt() {
        Defense d = defense();
        d.round().requireIdentityCheck(false);
        d.advanceTo(DefenseStage.LOBBY, Presence.NOBODY, QUORUM, NOW);
        d.admitApplicant(present(true), NOW);
        assertTrue(d.applicantAdmitted());
        assertTrue(d.identitySha256().isEmpty());
    }

    @Test
    void noIdentityCheckOnceClosed() {
        Defense d = admitted();
        d.close(List.of(), QUORUM, LATER);
        assertEquals("defense_closed", refusal(() -> d.verifyIdentity(STILL, LATER)));
    }

    /** In the lobby, the applicant's identity checked and the applicant admitted. */
    private static Defense admitted() {
        Defense d = defense();
        d.advanceTo(DefenseStage.LOBBY, Presence.NOBODY, QUORUM, NOW);
        d.verifyIdentity(STILL, NOW);
        d.admitApplicant(present(true), NOW);
        return d;
    }

    private static Defense open() {
        Defense d = admitted();
        d.advanceTo(DefenseStage.VOTING, QUORUM_PRESENT, QUORUM, NOW);
        return d;
    }

    // --- The fair clock (STATEMENT 10, QUESTIONS 15, VOTING 5 minutes in the test round) --------

    /** Admitted, and the statement begun at NOW. */
    private static Defense stating() {
        Defense d = admitted();
        d.advanceTo(DefenseStage.STATEMENT, Presence.NOBODY, QUORUM, NOW);
        return d;
    }

    @Test
    void aStagesClockRunsFromItsFullLength() {
        Defense d = stating();
        StageClock clock = d.clock(NOW.plusSeconds(100));
        assertEquals(500, clock.remainingSeconds());
        assertFalse(clock.paused());
        assertEquals(-20, d.clock(NOW.plusSeconds(620)).remainingSeconds(), "over time counts below zero");
    }

    @Test
    void theApplicantAwayInTheStatementPausesTheClockAndTheirReturnResumesIt() {
        Defense d = stating();
        assertTrue(d.applicantAway(NOW.plusSeconds(100)));
        assertTrue(d.clock(NOW.plusSeconds(100)).paused());
        assertEquals(500, d.clock(NOW.plusSeconds(135)).remainingSeconds(), "frozen while away");
        assertTrue(d.applicantBack(NOW.plusSeconds(135)));
        StageClock resumed = d.clock(NOW.plusSeconds(135));
        assertFalse(resumed.paused());
        assertEquals(500, resumed.remainingSeconds());
        assertEquals(490, d.clock(NOW.plusSeconds(145)).remainingSeconds());
    }

    @Test
    void pausesAddUpWithinAStage() {
        Defense d = stating();
        d.applicantAway(NOW.plusSeconds(10));
        d.applicantBack(NOW.plusSeconds(20));
        d.applicantAway(NOW.plusSeconds(30));
        d.applicantBack(NOW.plusSeconds(60));
        assertEquals(580, d.clock(NOW.plusSeconds(60)).remainingSeconds(), "20 s ran, 40 s stood still");
    }

    @Test
    void goingAwayTwiceOrComingBackTwiceChangesNothing() {
        Defense d = stating();
        assertFalse(d.applicantBack(NOW.plusSeconds(5)), "never away");
        assertTrue(d.applicantAway(NOW.plusSeconds(10)));
        assertFalse(d.applicantAway(NOW.plusSeconds(20)));
        assertTrue(d.applicantBack(NOW.plusSeconds(30)));
        assertFalse(d.applicantBack(NOW.plusSeconds(40)));
        assertEquals(580, d.clock(NOW.plusSeconds(40)).remainingSeconds());
    }

    @Test
    void theClockAlsoPausesInQuestions() {
        Defense d = admitted();
        d.advanceTo(DefenseStage.QUESTIONS, Presence.NOBODY, QUORUM, NOW);
        assertTrue(d.applicantAway(NOW.plusSeconds(60)));
        assertEquals(840, d.clock(NOW.plusSeconds(300)).remainingSeconds());
    }

    @Test
    void aNewStageWhileTheApplicantIsAwayStartsPausedAtItsFullLength() {
        Defense d = stating();
        d.applicantAway(NOW.plusSeconds(100));
        d.advanceTo(DefenseStage.QUESTIONS, Presence.NOBODY, QUORUM, NOW.plusSeconds(200));
        StageClock questions = d.clock(NOW.plusSeconds(260));
        assertTrue(questions.paused());
        assertEquals(900, questions.remainingSeconds());
        assertTrue(d.applicantBack(NOW.plusSeconds(300)));
        assertEquals(890, d.clock(NOW.plusSeconds(310)).remainingSeconds());
    }

    @Test
    void aStageChangeEndsThePausesOfTheStageBefore() {
        Defense d = stating();
        d.applicantAway(NOW.plusSeconds(10));
        d.applicantBack(NOW.plusSeconds(70));
        d.advanceTo(DefenseStage.QUESTIONS, Presence.NOBODY, QUORUM, NOW.plusSeconds(100));
        assertEquals(900, d.clock(NOW.plusSeconds(100)).remainingSeconds());
    }

    @Test
    void noPauseInTheLobbyOrWhileVotingOrOnceClosed() {
        Defense lobby = admitted();
        assertFalse(lobby.applicantAway(NOW.plusSeconds(5)));
        assertFalse(lobby.clock(NOW.plusSeconds(5)).paused());
        assertNull(lobby.clock(NOW.plusSeconds(5)).remainingSeconds(), "the lobby has no clock");

        Defense voting = open();
        assertFalse(voting.applicantAway(NOW.plusSeconds(5)));
        assertEquals(295, voting.clock(NOW.plusSeconds(5)).remainingSeconds(), "voting runs on");
        assertFalse(voting.applicantBack(NOW.plusSeconds(9)), "nothing to resume");

        Defense closed = stating();
        closed.close(List.of(), QUORUM, NOW.plusSeconds(50));
        assertFalse(closed.applicantAway(NOW.plusSeconds(60)));
        assertFalse(closed.clock(NOW.plusSeconds(60)).paused());
        assertNull(closed.clock(NOW.plusSeconds(60)).remainingSeconds());
    }

    @Test
    void votingAfterAStatementWithTheApplicantAwayRunsAndTheirReturnLaterResumesNothing() {
        Defense d = stating();
        d.applicantAway(NOW.plusSeconds(10));
        d.advanceTo(DefenseStage.VOTING, QUORUM_PRESENT, QUORUM, NOW.plusSeconds(20));
        assertFalse(d.clock(NOW.plusSeconds(20)).paused());
        assertFalse(d.applicantBack(NOW.plusSeconds(30)));
        assertEquals(290, d.clock(NOW.plusSeconds(30)).remainingSeconds());
    }

    @Test
    void anApplicantNeverAdmittedPausesNothing() {
        Defense d = defense();
        d.advanceTo(DefenseStage.STATEMENT, Presence.NOBODY, QUORUM, NOW);
        assertFalse(d.applicantAway(NOW.plusSeconds(10)));
        assertFalse(d.applicantAway());
        assertEquals(590, d.clock(NOW.plusSeconds(10)).remainingSeconds());
    }

    @Test
    void onlyTheApplicantsOwnStagesPause() {
        assertTrue(DefenseStage.STATEMENT.pausesForApplicant());
        assertTrue(DefenseStage.QUESTIONS.pausesForApplicant());
        for (DefenseStage other : List.of(DefenseStage.SCHEDULED, DefenseStage.LOBBY, DefenseStage.VOTING,
                DefenseStage.CLOSED)) {
            assertFalse(other.pausesForApplicant(), other.name());
        }
    }
}
