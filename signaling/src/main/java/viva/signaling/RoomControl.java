package viva.signaling;

/**
 * Actions a participant asks for over the socket that change the defense itself. The application
 * checks and stores them, then announces the result with a {@link RoomCommand}.
 */
public interface RoomControl {

    void admit(Participant by, String applicantParticipantId) throws RoomRefusal;

    void changeStage(Participant by, String stage) throws RoomRefusal;

    /** The chair's controls over another participant (docs/protocol.md, "The chair's controls"). */
    void mute(Participant by, String participantId) throws RoomRefusal;

    void sendToLobby(Participant by, String participantId) throws RoomRefusal;

    void remove(Participant by, String participantId) throws RoomRefusal;

    /** A member's vote; the decision is never echoed back over the socket. */
    void vote(Participant by, String decision, String reason, String idempotencyKey) throws RoomRefusal;
}
