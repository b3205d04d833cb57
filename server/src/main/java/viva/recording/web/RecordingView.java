package viva.recording.web;

import java.time.Instant;

/** A recording as the secretariat sees it; {@code size} is the file's length in bytes, when readable here. */
public record RecordingView(long id, long defenseId, String location, Instant startedAt, Instant stoppedAt,
        String state, Long size) {
}
