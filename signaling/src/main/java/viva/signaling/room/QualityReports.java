package viva.signaling.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;
import viva.json.Jsonp;
import viva.signaling.ParticipantRole;
import viva.signaling.RoomRefusal;
import viva.signaling.wire.MessageTypes;
import viva.signaling.wire.Outbound;

/**
 * What each page measures of the media it receives, passed on to the secretariat: with its own
 * measure of how each participant reaches it, the secretary's page also knows how well each
 * participant receives the others (a participant who cannot hear the question is not refusing to
 * answer). Nothing is kept; a report says only good, fair or poor per participant received.
 */
@ApplicationScoped
public class QualityReports {

    static final Set<String> QUALITIES = Set.of("good", "fair", "poor");
    /** More than a panel's size with the secretariat and the applicant; a longer report is no page's. */
    static final int MOST = 20;

    void report(Room room, Seat from, JsonObject of) throws RoomRefusal {
        if (!from.inRoom()) {
            throw new RoomRefusal("not_in_room", "Wait until the secretariat admits you.");
        }
        if (of == null) {
            throw new RoomRefusal("missing_field", "\"of\" maps participant ids to good, fair or poor.");
        }
        if (of.size() > MOST) {
            throw new RoomRefusal("invalid_quality", "At most " + MOST + " participants in one report.");
        }
        JsonObjectBuilder known = Jsonp.createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : of.entrySet()) {
            if (!(entry.getValue() instanceof JsonString quality) || !QUALITIES.contains(quality.getString())) {
                throw new RoomRefusal("invalid_quality", "Each participant's quality is good, fair or poor.");
            }
            // Only those in the room: a report names no one the secretariat would not see.
            if (room.find(entry.getKey()).filter(Seat::inRoom).filter(s -> s != from).isPresent()) {
                known.add(entry.getKey(), quality.getString());
            }
        }
        if (from.participant().role() == ParticipantRole.SECRETARY) {
            return; // the secretary's page shows its own measures itself
        }
        room.toSecretaries(new Outbound(Outbound.typed(MessageTypes.QUALITY)
                .add("from", from.participant().id()).add("of", known).build()));
    }
}
