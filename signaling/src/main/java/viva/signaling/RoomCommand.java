package viva.signaling;

import java.time.Instant;

/** What the application tells the rooms, as CDI events fired once its transaction committed. */
public sealed interface RoomCommand {

    long defenseId();

    /** The stage moved; {@code clock} is the new stage's countdown (it may start paused). */
    record StageChanged(long defenseId, RoomStage stage, Instant startedAt, RoomClock clock) implements RoomCommand {

        public StageChanged {
            clock = clock == null ? RoomClock.NONE : clock;
        }

        public StageChanged(long defenseId, RoomStage stage, Instant startedAt) {
            this(defenseId, stage, startedAt, RoomClock.NONE);
        }
    }

    /** The stage's countdown paused or resumed: every page learns it. */
    record ClockChanged(long defenseId, RoomClock clock) implements RoomCommand {
    }

    /**
     * A participant's socket was lost, or they came back after a loss: the secretary's pages learn it.
     *
     * @param kind DISCONNECTED or RETURNED
     * @param seconds the absence's length on a return; null on a disconnection
     * @param clockPaused whether the stage's clock paused for this absence
     */
    record Incident(long defenseId, String participantId, ParticipantRole role, String kind, Instant at,
            Long seconds, boolean clockPaused) implements RoomCommand {
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
