package viva.signaling;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Map;

/**
 * What the application tells the room about a participant entering: who they are, the token with
 * which they may come back, what their page may show of the defense, and where it stands.
 *
 * @param applicant the applicant's name and employer, for the secretary's page only; else null
 * @param admitted for an applicant: admitted earlier and not sent to the lobby since (a return after a
 *        drop goes straight into the room; outside a private deliberation, see {@link RoomStage#deliberation})
 * @param iceServers ICE servers made for this participant alone (TURN with credentials of their own),
 *        handed to their page after the configured ones; empty when there are none
 * @param clock the stage's countdown when the entry was made; {@link RoomClock#NONE} when unknown
 */
public record Entry(Participant participant, String resumeToken, JsonObject defense, JsonObject applicant,
        RoomStage stage, Instant stageStartedAt, Map<String, Integer> stageSeconds, boolean admitted,
        JsonArray iceServers, RoomClock clock) {

    public Entry {
        iceServers = iceServers == null ? JsonArray.EMPTY_JSON_ARRAY : iceServers;
        clock = clock == null ? RoomClock.NONE : clock;
    }

    public Entry(Participant participant, String resumeToken, JsonObject defense, JsonObject applicant,
            RoomStage stage, Instant stageStartedAt, Map<String, Integer> stageSeconds, boolean admitted,
            JsonArray iceServers) {
        this(participant, resumeToken, defense, applicant, stage, stageStartedAt, stageSeconds, admitted, iceServers,
                RoomClock.NONE);
    }
}
