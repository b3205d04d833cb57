package viva.system.web;

import viva.system.Refusal;
import viva.system.Values;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer to a request body that could not be read, however the failure reached Viva (JSON-B,
 * JSON-P, or the JAX-RS provider wrapping either). The message says where and what in Viva's own
 * words: the libraries' messages name Java classes (the class of a request record, e.g.) and
 * echo input, so none of their text is passed on.
 */
public final class BodyErrors {

    /** How Yasson names the property it was reading when it passes a failure on. */
    private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']{1,100})'");
    private static final int MAX_DEPTH = 64;

    private BodyErrors() {
    }

    /** Whether the failure, or one of its causes, is about reading a JSON body. */
    public static boolean concerns(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < MAX_DEPTH; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException) {
                return true;
            }
        }
        return false;
    }

    public static Response answer(Throwable failure) {
        List<String> path = new ArrayList<>();
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < MAX_DEPTH; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RefusedValue refused) {
                return refused(refused, String.join(".", path));
            }
            if (t instanceof JsonParsingException parsing) {
                return notJson(parsing.getLocation());
            }
            if (t instanceof Refusal api) {
                return ErrorBody.response(RefusalStatus.of(api), api.code(), api.getMessage(), api.details());
            }
            if (t instanceof JsonbException && t.getMessage() != null) {
                Matcher property = PROPERTY.matcher(t.getMessage());
                if (property.lookingAt()) {
                    path.add(property.group(1));
                }
            }
        }
        String at = path.isEmpty() ? "" : " (at \"" + Values.clip(String.join(".", path)) + "\")";
        return ErrorBody.response(400, "malformed_json", "The body is not JSON of the expected shape" + at + ".",
                path.isEmpty() ? Map.of() : Map.of("field", String.join(".", path)));
    }

    private static Response refused(RefusedValue refused, String field) {
        if (field.isEmpty()) {
            return ErrorBody.response(400, refused.code(), refused.getMessage());
        }
        return ErrorBody.response(400, refused.code(), Values.clip(field) + ": " + refused.getMessage(),
                Map.of("field", field));
    }

    private static Response notJson(JsonLocation location) {
        String where = location == null || location.getLineNumber() < 0 ? ""
                : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
        return ErrorBody.response(400, "malformed_json", "The body is not valid JSON" + where + ".");
    }
}
