package viva.signaling.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import viva.signaling.Participant;
import viva.signaling.ParticipantRole;
import viva.signaling.RoomRefusal;
import viva.signaling.RoomStage;

/** The rules of sharing a screen in a room: who, when, and one at a time. */
class ScreenShareTest {

    private static final RoomStage LOBBY = new RoomStage("LOBBY", false, false);
    private static final RoomStage STATEMENT = RoomStage.presenting("STATEMENT", true);
    private static final RoomStage QUESTIONS = RoomStage.presenting("QUESTIONS", true);
    private static final RoomStage VOTING = new RoomStage("VOTING", true, false);

    private static final Participant APPLICANT = new Participant("a1", "答辩人 1", ParticipantRole.APPLICANT, 7);
    private static final Participant SECRETARY = new Participant("s1", "秘书", ParticipantRole.SECRETARY, 7);
    private static final Participant MEMBER = new Participant("m1", "专家", ParticipantRole.MEMBER, 7);

    private final ScreenShare share = new ScreenShare();

    private String refusal(Participant by, boolean inRoom, RoomStage stage) {
        return assertThrows(RoomRefusal.class, () -> share.start(by, inRoom, stage)).code();
    }

    @Test
    void theApplicantSharesDuringTheStatementAndTheQuestions() throws RoomRefusal {
        assertTrue(share.start(APPLICANT, true, STATEMENT));
        assertEquals(Optional.of("a1"), share.sharer());
        assertTrue(share.stop("a1"));
        assertTrue(share.start(APPLICANT, true, QUESTIONS));
    }

    @Test
    void noShareOutsideThePresentingStages() {
        assertEquals("share_not_allowed_now", refusal(APPLICANT, true, LOBBY));
        assertEquals("share_not_allowed_now", refusal(SECRETARY, true, VOTING));
        assertEquals(Optional.empty(), share.sharer());
    }

    @Test
    void anApplicantInTheLobbyIsNotInTheRoom() {
        assertEquals("not_in_room", refusal(APPLICANT, false, STATEMENT));
    }

    @Test
    void aMemberSharesOnlyOnceTheSecretariatAllowsIt() throws RoomRefusal {
        assertEquals("share_not_allowed", refusal(MEMBER, true, STATEMENT));
        share.allowMembers(true);
        assertTrue(share.start(MEMBER, true, STATEMENT));
    }

    @Test
    void withdrawingThePermissionEndsAMembersShareOnly() throws RoomRefusal {
        share.allowMembers(true);
        share.start(MEMBER, true, STATEMENT);
        assertEquals(Optional.of("m1"), share.allowMembers(false));
        assertEquals(Optional.empty(), share.sharer());

        share.start(SECRETARY, true, STATEMENT);
        assertEquals(Optional.empty(), share.allowMembers(false));
        assertEquals(Optional.of("s1"), share.sharer());
    }

    @Test
    void oneShareAtATime() throws RoomRefusal {
        share.start(SECRETARY, true, STATEMENT);
        assertEquals("share_in_use", refusal(APPLICANT, true, STATEMENT));
        assertFalse(share.start(SECRETARY, true, STATEMENT), "sharing again is no new share");
        assertFalse(share.stop("a1"), "only the sharer ends their share");
        assertEquals(Optional.of("s1"), share.sharer());
    }

    @Test
    void aStageOutOfThePresentingOnesEndsTheShare() throws RoomRefusal {
        share.start(APPLICANT, true, STATEMENT);
        assertEquals(Optional.empty(), share.endUnless(QUESTIONS));
        assertEquals(Optional.of("a1"), share.endUnless(VOTING));
        assertEquals(Optional.empty(), share.sharer());
        assertEquals(Optional.empty(), share.endUnless(VOTING));
    }
}
