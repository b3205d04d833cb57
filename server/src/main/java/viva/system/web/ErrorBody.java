package viva.system.web;

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

    /** The code of a refusal that has only its status to go by (the container's own, or JAX-RS's). */
    public static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "too_many_requests";
            default -> status >= 500 ? "internal_error" : "http_" + status;
        };
    }

    /**
     * Its message: fixed texts only, since the container's own messages name exceptions and
     * classes and echo the request.
     */
    public static String messageFor(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 401 -> "Sign in first.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "None of the accepted content types can be answered.";
            case 409 -> "The request conflicts with the current state.";
            case 413 -> "The request is too large.";
            case 415 -> "This content type is not accepted here.";
            case 429 -> "Too many requests; try again later.";
            default -> status >= 500 ? "Viva could not complete the request." : "Request refused.";
        };
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
