package viva.signaling;

import java.time.Instant;

/**
 * What happens in a room, as CDI events for the application to record.
 *
 * @param lost for LEFT: the socket was lost rather than ended on purpose (docs/protocol.md,
 *        "Incidents"): not the page's own leave, not the close at CLOSED, not a replaced or revoked
 *        socket. Always false for the other kinds.
 */
public record RoomEvent(Kind kind, Participant participant, Instant at, boolean lost) {

    public enum Kind {
        JOINED,
        WAITING,
        ADMITTED,
        /** The applicant left the room for the lobby (the deliberation, or the secretariat sent them). */
        SENT_TO_LOBBY,
        LEFT
    }

    public RoomEvent(Kind kind, Participant participant, Instant at) {
        this(kind, participant, at, false);
    }
}
