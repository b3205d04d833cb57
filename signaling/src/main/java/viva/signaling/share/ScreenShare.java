package viva.signaling.share;

import java.util.Optional;
import viva.signaling.Participant;
import viva.signaling.ParticipantRole;
import viva.signaling.RoomRefusal;
import viva.signaling.RoomStage;

/**
 * Who shares a screen in one room, and whether the members may. One share at a time: a room shows
 * one presentation, and a second sharer is refused ({@code share_in_use}) rather than silently
 * taking the screen from the one presenting. The applicant and the secretariat may always share
 * while the applicant presents or answers; a member only once the secretariat allows members to.
 */
public final class ScreenShare {

    private Participant sharer;
    private boolean membersMay;

    /**
     * Starts a share by {@code by}; sharing again while already sharing is no change.
     *
     * @return whether the share is new (and so to be announced)
     */
    public synchronized boolean start(Participant by, boolean inRoom, RoomStage stage) throws RoomRefusal {
        if (!inRoom) {
            throw new RoomRefusal("not_in_room", "Wait until the secretariat admits you.");
        }
        if (stage == null || !stage.sharing()) {
            throw new RoomRefusal("share_not_allowed_now", "A screen is shared only during the statement and the questions.");
        }
        if (by.role() == ParticipantRole.MEMBER && !membersMay) {
            throw new RoomRefusal("share_not_allowed", "The secretariat has not allowed members to share a screen.");
        }
        if (sharing(by.id())) {
            return false;
        }
        if (sharer != null) {
            throw new RoomRefusal("share_in_use", "Someone else is sharing a screen; one share at a time.");
        }
        sharer = by;
        return true;
    }

    /** Ends the share of {@code participantId}; whether they were sharing. */
    public synchronized boolean stop(String participantId) {
        if (!sharing(participantId)) {
            return false;
        }
        sharer = null;
        return true;
    }

    /**
     * Whether members may share from now on.
     *
     * @return the member whose share this ended, when members may no longer share
     */
    public synchronized Optional<String> allowMembers(boolean allowed) {
        membersMay = allowed;
        if (!allowed && sharer != null && sharer.role() == ParticipantRole.MEMBER) {
            String ended = sharer.id();
            sharer = null;
            return Optional.of(ended);
        }
        return Optional.empty();
    }

    /** The sharer whose share a move to {@code stage} ends, if any. */
    public synchronized Optional<String> endUnless(RoomStage stage) {
        if (sharer == null || stage.sharing()) {
            return Optional.empty();
        }
        String ended = sharer.id();
        sharer = null;
        return Optional.of(ended);
    }

    /** The id of whoever shares now. */
    public synchronized Optional<String> sharer() {
        return Optional.ofNullable(sharer).map(Participant::id);
    }

    public synchronized boolean sharing(String participantId) {
        return sharer != null && sharer.id().equals(participantId);
    }

    public synchronized boolean membersMay() {
        return membersMay;
    }
}
