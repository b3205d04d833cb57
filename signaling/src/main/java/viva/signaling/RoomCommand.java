package viva.signaling;

import java.time.Instant;

/** What the application tells the rooms, as CDI events fired once its transaction committed. */
public sealed interface RoomCommand {

    long defenseId();

    record StageChanged(long defenseId, RoomStage stage, Instant startedAt) implements RoomCommand {
    }

    record Admit(long defenseId, String participantId) implements RoomCommand {
    }

    record Drop(long defenseId, String participantId) implements RoomCommand {
    }

    /** The participant's way in was revoked: their sockets close for good (the page does not come back). */
    record ShutOut(long defenseId, String participantId) implements RoomCommand {
    }

    /** The chair turned the participant's microphone off; their page may turn it on again. */
    record Mute(long defenseId, String participantId, String by) implements RoomCommand {
    }

    /** The chair sent the applicant out of the room to the lobby. */
    record ToLobby(long defenseId, String participantId) implements RoomCommand {
    }

    /** The chair removed the participant: their socket closes for good (the page does not come back). */
    record Remove(long defenseId, String participantId) implements RoomCommand {
    }

    /** A member voted: everyone learns who, never how. */
    record Voted(long defenseId, String participantId) implements RoomCommand {
    }
}
