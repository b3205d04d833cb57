package viva.signaling.wire;

import viva.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Collection;
import viva.signaling.Participant;
import viva.signaling.RoomClock;

/** One message to a page, and the builders of every kind the protocol has. */
public record Outbound(JsonObject json) {

    /** The {@code stream} of every offer, answer and candidate of a shared screen's connection. */
    public static final String SCREEN = "screen";

    /** A message of one of the types the server sends ({@link MessageTypes#SENT}). */
    public static JsonObjectBuilder typed(String type) {
        if (!MessageTypes.SENT.contains(type)) {
            throw new IllegalArgumentException("No message type \"" + type + "\" goes to a page.");
        }
        return Jsonp.createObjectBuilder().add("type", type);
    }

    public static Outbound error(String code, String message) {
        return new Outbound(typed(MessageTypes.ERROR).add("code", code).add("message", message).build());
    }

    public static Outbound joined(Participant participant) {
        return new Outbound(typed(MessageTypes.JOINED).add("participant", describe(participant)).build());
    }

    public static Outbound left(String participantId) {
        return new Outbound(typed(MessageTypes.LEFT).add("participantId", participantId).build());
    }

    public static Outbound waiting(Collection<Participant> waiting) {
        return new Outbound(typed(MessageTypes.WAITING).add("waiting", list(waiting)).build());
    }

    public static Outbound admitted(Collection<Participant> inRoom) {
        return new Outbound(typed(MessageTypes.ADMITTED).add("participants", list(inRoom)).build());
    }

    public static Outbound stage(String stage, Instant startedAt, Instant now) {
        return stage(stage, startedAt, now, RoomClock.NONE);
    }

    /** The stage with its countdown as of {@code now}: {@code paused} always, {@code remainingSeconds} for a timed stage. */
    public static Outbound stage(String stage, Instant startedAt, Instant now, RoomClock clock) {
        JsonObjectBuilder message = typed(MessageTypes.STAGE).add("stage", stage)
                .add("serverTime", now.toString());
        if (startedAt != null) {
            message.add("stageStartedAt", startedAt.toString());
        }
        return new Outbound(clock(message, clock, now).build());
    }

    /** Adds {@code paused} and, for a stage with a duration, {@code remainingSeconds} (null otherwise). */
    public static JsonObjectBuilder clock(JsonObjectBuilder message, RoomClock clock, Instant now) {
        Integer remaining = clock.remainingSecondsAt(now);
        message.add("paused", clock.paused());
        return remaining == null ? message.addNull("remainingSeconds") : message.add("remainingSeconds", remaining);
    }

    /** To the secretary: a participant's socket was lost, or they are back after a loss. */
    public static Outbound incident(String participantId, String role, String kind, Instant at, Long seconds,
            boolean clockPaused) {
        JsonObjectBuilder message = typed(MessageTypes.INCIDENT).add("participantId", participantId)
                .add("role", role).add("kind", kind).add("at", at.toString()).add("clockPaused", clockPaused);
        return new Outbound(seconds == null ? message.addNull("seconds").build() : message.add("seconds", seconds).build());
    }

    /** To the participant whose microphone the chair turned off. */
    public static Outbound muted(String by) {
        return new Outbound(typed(MessageTypes.MUTED).add("by", by).build());
    }

    /** To the applicant who left the room for the lobby: "deliberation" or "secretary". */
    public static Outbound lobby(String reason) {
        return new Outbound(typed(MessageTypes.LOBBY).add("reason", reason).build());
    }

    public static Outbound pong(Instant now) {
        return new Outbound(typed(MessageTypes.PONG).add("serverTime", now.toString()).build());
    }

    public static Outbound closed(String reason) {
        return new Outbound(typed(MessageTypes.CLOSED).add("reason", reason).build());
    }

    /** The media server's answer to a page's offer; {@code from} names which connection. */
    public static Outbound answer(String from, String sdp) {
        return new Outbound(typed(MessageTypes.ANSWER).add("from", from).add("sdp", sdp).build());
    }

    public static Outbound ice(String from, JsonObject candidate) {
        return new Outbound(typed(MessageTypes.ICE).add("from", from).add("candidate", candidate).build());
    }

    /** Whether the room's media server is there: "degraded" or "ok". */
    public static Outbound media(String state) {
        return new Outbound(typed(MessageTypes.MEDIA).add("state", state).build());
    }

    /** Who shares a screen now ({@code active}), or whose share ended. */
    public static Outbound share(String participantId, boolean active) {
        return new Outbound(typed(MessageTypes.SHARE).add("participantId", participantId).add("active", active)
                .build());
    }

    /** Whether the members may share a screen, as the secretariat decided. */
    public static Outbound allowShare(boolean members) {
        return new Outbound(typed(MessageTypes.ALLOW_SHARE).add("members", members).build());
    }

    /** A media message of the shared screen's connection carries {@code stream: "screen"}. */
    public static Outbound answer(String from, String sdp, boolean screen) {
        return new Outbound(onStream(typed(MessageTypes.ANSWER).add("from", from).add("sdp", sdp), screen).build());
    }

    public static Outbound ice(String from, JsonObject candidate, boolean screen) {
        return new Outbound(onStream(typed(MessageTypes.ICE).add("from", from).add("candidate", candidate), screen)
                .build());
    }

    private static JsonObjectBuilder onStream(JsonObjectBuilder message, boolean screen) {
        return screen ? message.add("stream", SCREEN) : message;
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
