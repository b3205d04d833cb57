package viva.audit;

import viva.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.TreeMap;

/**
 * One text for one JSON value: object keys in code-point order, no whitespace, strings escaped
 * the one way JSON-P writes them. The audit hash covers this text, so equal payloads hash equal.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String of(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (var entry : new TreeMap<>((JsonObject) value).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    out.append(Jsonp.createValue(entry.getKey()).toString()).append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                boolean first = true;
                for (JsonValue item : (JsonArray) value) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(item, out);
                }
                out.append(']');
            }
            case STRING -> out.append(((JsonString) value).toString());
            case NUMBER -> out.append(((JsonNumber) value).bigDecimalValue().stripTrailingZeros().toPlainString());
            default -> out.append(value.toString());
        }
    }
}
