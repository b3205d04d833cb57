package viva.signaling.wire;

import viva.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.websocket.Decoder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/** Reads page messages; never throws, so that the room answers a bad frame with an error message. */
public class InboundDecoder implements Decoder.Text<Inbound> {

    /** The largest message a page may send (protocol.md). */
    public static final int MAX_BYTES = 64 * 1024;

    @Override
    public Inbound decode(String text) {
        // A UTF-8 byte count is at least the char count: only long texts need the exact count.
        if (text.length() > MAX_BYTES / 3 && text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Inbound.refused("too_large", "A message may have at most 64 KiB.");
        }
        JsonValue value;
        try (JsonReader reader = Jsonp.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (RuntimeException e) {
            // Not only JsonException: Parsson refuses input nested deeper than 1000 levels with a bare
            // RuntimeException, which escaped this decoder and stopped the socket from reading anything
            // more, its pongs included, until the heartbeat dropped it.
            return Inbound.refused("malformed", "The message is not JSON.");
        }
        if (!(value instanceof JsonObject object)) {
            return Inbound.refused("malformed", "A message is one JSON object.");
        }
        JsonValue type = object.get("type");
        if (!(type instanceof jakarta.json.JsonString name) || name.getString().isBlank()) {
            return Inbound.refused("missing_field", "A message needs a string field \"type\".");
        }
        return Inbound.of(name.getString(), object);
    }

    @Override
    public boolean willDecode(String text) {
        return true;
    }
}
