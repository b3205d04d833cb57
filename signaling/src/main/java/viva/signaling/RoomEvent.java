package viva.signaling;

import java.time.Instant;

/** What happens in a room, as CDI events for the application to record. */
public record RoomEvent(Kind kind, Participant participant, Instant at) {

    public enum Kind {
        JOINED,
        WAITING,
        ADMITTED,
        LEFT
    }
}
