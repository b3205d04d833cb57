package viva.defense;

/** The live room's answer to "who is there now" (implemented beside the signaling module). */
public interface RoomPresence {

    Presence of(long defenseId);
}
