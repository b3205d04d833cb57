package viva.signaling.wire;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * One message from a page. A message that could not be read still arrives, carrying the error code
 * to answer with, so that a bad frame is answered instead of breaking the socket.
 */
public record Inbound(String type, JsonObject body, String errorCode, String errorMessage) {

    public static Inbound of(String type, JsonObject body) {
        return new Inbound(type, body, null, null);
    }

    public static Inbound refused(String code, String message) {
        return new Inbound(null, JsonValue.EMPTY_JSON_OBJECT, code, message);
    }

    public boolean readable() {
        return errorCode == null;
    }

    /** A required string field, or null when it is missing or not a string. */
    public String text(String field) {
        JsonValue value = body.get(field);
        return value instanceof jakarta.json.JsonString s ? s.getString() : null;
    }

    /** A boolean field, or null when it is missing or not a boolean. */
    public Boolean flag(String field) {
        JsonValue value = body.get(field);
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    public JsonObject object(String field) {
        JsonValue value = body.get(field);
        return value instanceof JsonObject o ? o : null;
    }
}
