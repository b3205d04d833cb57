package viva.signaling.wire;

import viva.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Collection;
import viva.signaling.Participant;

/** One message to a page, and the builders of every kind the protocol has. */
public record Outbound(JsonObject json) {

    public static JsonObjectBuilder typed(String type) {
        return Jsonp.createObjectBuilder().add("type", type);
    }

    public static Outbound error(String code, String message) {
        return new Outbound(typed("error").add("code", code).add("message", message).build());
    }

    public static Outbound joined(Participant participant) {
        return new Outbound(typed("joined").add("participant", describe(participant)).build());
    }

    public static Outbound left(String participantId) {
        return new Outbound(typed("left").add("participantId", participantId).build());
    }

    public static Outbound waiting(Collection<Participant> waiting) {
        return new Outbound(typed("waiting").add("waiting", list(waiting)).build());
    }

    public static Outbound admitted(Collection<Participant> inRoom) {
        return new Outbound(typed("admitted").add("participants", list(inRoom)).build());
    }

    public static Outbound stage(String stage, Instant startedAt, Instant now) {
        JsonObjectBuilder message = typed("stage").add("stage", stage).add("serverTime", now.toString());
        if (startedAt != null) {
            message.add("stageStartedAt", startedAt.toString());
        }
        return new Outbound(message.build());
    }

    public static Outbound pong(Instant now) {
        return new Outbound(typed("pong").add("serverTime", now.toString()).build());
    }

    public static Outbound closed(String reason) {
        return new Outbound(typed("closed").add("reason", reason).build());
    }

    /** The media server's answer to a page's offer; {@code from} names which connection. */
    public static Outbound answer(String from, String sdp) {
        return new Outbound(typed("answer").add("from", from).add("sdp", sdp).build());
    }

    public static Outbound ice(String from, JsonObject candidate) {
        return new Outbound(typed("ice").add("from", from).add("candidate", candidate).build());
    }

    /** Whether the room's media server is there: "degraded" or "ok". */
    public static Outbound media(String state) {
        return new Outbound(typed("media").add("state", state).build());
    }

    public static JsonObject describe(Participant p) {
        return Jsonp.createObjectBuilder().add("id", p.id()).add("name", p.name()).add("role", p.role().name())
                .build();
    }

    public static JsonArrayBuilder list(Collection<Participant> participants) {
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        participants.forEach(p -> array.add(describe(p)));
        return array;
    }
}
