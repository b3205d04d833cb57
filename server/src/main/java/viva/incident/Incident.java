package viva.incident;

import java.time.Instant;

/**
 * A disconnection or a return, as the secretariat reads it.
 *
 * @param seconds the absence's length: on a return, and on a disconnection once they are back or the
 *        defense closed (counted to the close); null while they are still away in an open defense
 * @param clockPaused whether the stage's clock stood still for this absence
 */
public record Incident(String participantId, String role, Kind kind, Instant at, Long seconds, boolean clockPaused) {

    public enum Kind {
        DISCONNECTED,
        RETURNED
    }
}
