package viva.defense;

/** The live room's answer to "who is there now" (implemented beside the signaling module). */
public interface RoomPresence {

    Presence of(long defenseId);

    /** Whether the defense's applicant is in the room itself now (not in the lobby, not away). */
    boolean applicantInRoom(long defenseId);
}
