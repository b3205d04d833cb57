package viva.signaling;

import java.time.Instant;

/**
 * What happens to a room's media on the media server, as CDI events for the application to record:
 * the recording's start and end, and the loss and return of the media server.
 *
 * @param location where the recording is written (a URI), for the recording kinds; else null
 */
public record MediaEvent(Kind kind, long defenseId, String location, Instant at) {

    public enum Kind {
        RECORDING_STARTED,
        RECORDING_STOPPED,
        /** The media server went away while recording: the file ends where the loss happened. */
        RECORDING_CUT,
        DEGRADED,
        RESTORED
    }
}
