package viva.system;

import viva.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The one shape of every error answer: {"error": CODE, "message": TEXT, ...details}. */
public final class ErrorBody {

    /** A detail of a 429 that is also sent as its Retry-After header (whole seconds). */
    public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

    private ErrorBody() {
    }

    /** The Retry-After value the details of a refusal ask for, if any. */
    public static Optional<String> retryAfter(Map<String, ?> details) {
        return details.get(RETRY_AFTER_SECONDS) instanceof Number seconds
                ? Optional.of(Long.toString(seconds.longValue())) : Optional.empty();
    }

    public static JsonObject of(String code, String message, Map<String, ?> details) {
        JsonObjectBuilder body = Jsonp.createObjectBuilder()
                .add("error", code)
                .add("message", message == null ? code : message);
        details.forEach((key, value) -> body.add(key, toJson(value)));
        return body.build();
    }

    public static Response response(int status, String code, String message) {
        return response(status, code, message, Map.of());
    }

    public static Response response(int status, String code, String message, Map<String, ?> details) {
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(of(code, message, details).toString());
        retryAfter(details).ifPresent(seconds -> response.header("Retry-After", seconds));
        return response.build();
    }

    @SuppressWarnings("unchecked")
    private static jakarta.json.JsonValue toJson(Object value) {
        if (value == null) {
            return jakarta.json.JsonValue.NULL;
        }
        if (value instanceof jakarta.json.JsonValue json) {
            return json;
        }
        if (value instanceof Number number) {
            return Jsonp.createValue(number.longValue());
        }
        if (value instanceof Boolean bool) {
            return bool ? jakarta.json.JsonValue.TRUE : jakarta.json.JsonValue.FALSE;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = Jsonp.createObjectBuilder();
            ((Map<String, ?>) map).forEach((k, v) -> object.add(k, toJson(v)));
            return object.build();
        }
        if (value instanceof Collection<?> items) {
            var array = Jsonp.createArrayBuilder();
            items.forEach(item -> array.add(toJson(item)));
            return array.build();
        }
        return Jsonp.createValue(value.toString());
    }
}
