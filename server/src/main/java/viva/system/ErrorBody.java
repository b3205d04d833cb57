package viva.system;

import viva.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.Map;

/** The one shape of every error answer: {"error": CODE, "message": TEXT, ...details}. */
public final class ErrorBody {

    private ErrorBody() {
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
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(of(code, message, details).toString())
                .build();
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
