package viva.recording.web;

import java.time.Instant;

/**
 * A recording as the secretariat sees it, from Kurento or from the secretary's page in mesh:
 * {@code bytes} and {@code sha256} as recorded when it ended (for Kurento, {@code bytes} is the
 * file's length when readable here); {@code endedAt} is {@code stoppedAt} under the contract's name
 * and {@code size} the file's length now, both kept for earlier readers.
 */
public record RecordingView(long id, long defenseId, String source, String location, Instant startedAt,
        Instant endedAt, Instant stoppedAt, String state, Long bytes, String sha256, Long size) {
}
