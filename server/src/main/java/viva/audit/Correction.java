package viva.audit;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import viva.json.Jsonp;
import viva.system.Refusal;
import viva.system.Values;

/**
 * A correction of stored facts (an applicant, an expert, a panel): why it is made, and each field
 * that changes with its value before and after, as its audit event records them. A field given
 * with the value it already has is no change.
 */
public final class Correction {

    /** The longest reason kept. */
    public static final int MAX_REASON = 500;

    private final String reason;
    private final Map<String, Object[]> changes = new LinkedHashMap<>();

    private Correction(String reason) {
        this.reason = reason;
    }

    /** A correction needs a reason: 400 {@code reason_required} without one. */
    public static Correction because(String reason) {
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("reason_required", "A correction needs a reason: say why in \"reason\".");
        }
        String text = reason.strip();
        if (text.codePointCount(0, text.length()) > MAX_REASON) {
            throw Values.invalid("reason", "at most " + MAX_REASON + " characters");
        }
        return new Correction(text);
    }

    /** Notes the field's change, when the value differs from the one before. */
    public Correction change(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new Object[] {before, after});
        }
        return this;
    }

    /** Notes a change whose values are not recorded (a password): only that it happened. */
    public Correction secret(String field) {
        changes.put(field, null);
        return this;
    }

    public boolean changes(String field) {
        return changes.containsKey(field);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** 400 {@code nothing_to_change} when every value given is the one stored. */
    public void refuseIfEmpty() {
        if (changes.isEmpty()) {
            throw Refusal.invalid("nothing_to_change", "The correction changes nothing: every value given is the stored one.");
        }
    }

    public String reason() {
        return reason;
    }

    /** {@code {reason, changes: {field: {before, after}}}} and whatever else the caller adds. */
    public JsonObject payload(JsonObjectBuilder more) {
        JsonObjectBuilder fields = Jsonp.createObjectBuilder();
        changes.forEach((field, values) -> fields.add(field, values == null
                ? Jsonp.createObjectBuilder().add("changed", true).build()
                : Jsonp.createObjectBuilder().add("before", json(values[0])).add("after", json(values[1])).build()));
        return more.add("reason", reason).add("changes", fields).build();
    }

    public JsonObject payload() {
        return payload(Jsonp.createObjectBuilder());
    }

    /** Null, whole numbers, lists and anything else as its text. */
    public static JsonValue json(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Long || value instanceof Integer) {
            return Jsonp.createValue(((Number) value).longValue());
        }
        if (value instanceof Collection<?> items) {
            JsonArrayBuilder array = Jsonp.createArrayBuilder();
            items.forEach(item -> array.add(json(item)));
            return array.build();
        }
        return Jsonp.createValue(value.toString());
    }
}
