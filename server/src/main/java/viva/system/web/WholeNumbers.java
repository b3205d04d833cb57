package viva.system.web;

import viva.system.Values;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;

/**
 * The whole-number fields of request bodies (ids, years, minutes). JSON-B's own reading narrows a
 * JSON number as Java does: 18446744073709551648 became the id 32 and a year of 2026.5 became 2026.
 * Here a number must be whole and fit its field's type, else the body is refused (400
 * invalid_value). A string holding a whole number is still read, as JSON-B reads it; any other
 * string, or a boolean, array or object, is the wrong shape.
 */
public final class WholeNumbers {

    private WholeNumbers() {
    }

    /** One deserializer per boxed type; request records use boxed types so that absence is null. */
    static List<JsonbDeserializer<?>> all() {
        return List.of(new Longs(), new Integers(), new Shorts(), new Bytes());
    }

    /** The value as a long within [min, max], or a refusal saying what was expected. */
    static Long read(JsonParser parser, long min, long max) {
        JsonValue value = value(parser);
        BigDecimal number;
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        } else if (value instanceof JsonNumber json) {
            number = decimal(json);
        } else if (value instanceof JsonString text && text.getString().matches("[+-]?[0-9]{1,400}")) {
            number = new BigDecimal(text.getString());
        } else {
            throw new RefusedValue("malformed_json", "expected a whole number, found " + value.getValueType());
        }
        try {
            long whole = number.longValueExact(); // refuses fractions and overflow alike, cheaply
            if (whole >= min && whole <= max) {
                return whole;
            }
        } catch (ArithmeticException notWholeOrTooLarge) {
            // refused below
        }
        throw new RefusedValue("invalid_value", "expected a whole number from " + min + " to " + max + ", got "
                + Values.clip(value.toString()));
    }

    private static JsonValue value(JsonParser parser) {
        try {
            return parser.getValue();
        } catch (JsonParsingException notJson) {
            throw notJson;
        } catch (RuntimeException beyondTheParsersLimits) {
            // Parsson refuses a number of more than 1100 characters with a bare exception.
            throw new RefusedValue("invalid_value", "expected a whole number, got a value too large to read");
        }
    }

    private static BigDecimal decimal(JsonNumber json) {
        try {
            return json.bigDecimalValue();
        } catch (RuntimeException beyondTheParsersLimits) {
            throw new RefusedValue("invalid_value", "expected a whole number, got a number too long to read");
        }
    }

    public static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    public static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            Long value = read(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return value == null ? null : value.intValue();
        }
    }

    public static final class Shorts implements JsonbDeserializer<Short> {
        @Override
        public Short deserialize(JsonParser parser, DeserializationContext context, Type type) {
            Long value = read(parser, Short.MIN_VALUE, Short.MAX_VALUE);
            return value == null ? null : value.shortValue();
        }
    }

    public static final class Bytes implements JsonbDeserializer<Byte> {
        @Override
        public Byte deserialize(JsonParser parser, DeserializationContext context, Type type) {
            Long value = read(parser, Byte.MIN_VALUE, Byte.MAX_VALUE);
            return value == null ? null : value.byteValue();
        }
    }
}
