package viva.signaling.media;

import jakarta.json.JsonObject;
import viva.signaling.room.Room;
import viva.signaling.room.Seat;
import viva.signaling.wire.Inbound;
import viva.signaling.wire.MessageTypes;
import viva.signaling.wire.Outbound;

/** The checks every broker makes on a page's media message before acting on it. */
public final class MediaMessages {

    private MediaMessages() {
    }

    public static void requireInRoom(Seat from) throws MediaRefusal {
        if (!from.inRoom()) {
            throw new MediaRefusal("not_in_room", "Wait until the secretariat admits you.");
        }
    }

    public static String to(Inbound message, String meaning) throws MediaRefusal {
        String to = message.text("to");
        if (to == null) {
            throw new MediaRefusal("missing_field", "\"to\" names " + meaning + ".");
        }
        return to;
    }

    public static String sdp(Inbound message) throws MediaRefusal {
        String sdp = message.text("sdp");
        if (sdp == null) {
            throw new MediaRefusal("missing_field", "\"sdp\" is a string.");
        }
        return sdp;
    }

    public static JsonObject candidate(Inbound message) throws MediaRefusal {
        JsonObject candidate = message.object("candidate");
        if (candidate == null) {
            throw new MediaRefusal("missing_field", "\"candidate\" is an object.");
        }
        return candidate;
    }

    /**
     * Whether the message is for a shared screen's connection ({@code stream: "screen"}) rather
     * than a camera's (no {@code stream}). An offer for a screen must concern the one sharing now:
     * {@code screenOwner} is the participant whose screen it carries.
     */
    public static boolean screen(Inbound message, Room room, String screenOwner) throws MediaRefusal {
        if (!message.body().containsKey("stream")) {
            return false;
        }
        if (!Outbound.SCREEN.equals(message.text("stream"))) {
            throw new MediaRefusal("invalid_stream", "\"stream\" is \"screen\" or absent.");
        }
        if (MessageTypes.OFFER.equals(message.type()) && !room.share().sharing(screenOwner)) {
            throw new MediaRefusal("share_not_active", "No screen of \"" + clip(screenOwner) + "\" is shared.");
        }
        return true;
    }

    public static MediaRefusal nobody(String to) {
        return new MediaRefusal("not_in_room", "No participant \"" + clip(to) + "\" is in the room.");
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
