package viva.signaling;

import java.time.Instant;

/** What happens in a room, as CDI events for the application to record. */
public record RoomEvent(Kind kind, Participant participant, Instant at) {

    public enum Kind {
        JOINED,
        WAITING,
        ADMITTED,
        /** The applicant left the room for the lobby (the deliberation, or the secretariat sent them). */
        SENT_TO_LOBBY,
        LEFT
    }
}
