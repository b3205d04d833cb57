package viva.system.web;

import viva.system.PlainText;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON binding of the REST API: as the default, except that every text of a request body must
 * be {@link PlainText} (400 invalid_text) and every whole number must be whole and in its type's
 * range ({@link WholeNumbers}, 400 invalid_value), whichever field it fills.
 */
@Provider
public class JsonText implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(deserializers()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** For the few resources that read a body by hand: the same rules as every other body. */
    public static Jsonb jsonb() {
        return JSONB;
    }

    private static JsonbDeserializer<?>[] deserializers() {
        List<JsonbDeserializer<?>> all = new ArrayList<>(WholeNumbers.all());
        all.add(new Texts());
        return all.toArray(JsonbDeserializer<?>[]::new);
    }

    /** Reads a string (or a number given for one, as the default does) and refuses text that is not plain. */
    public static final class Texts implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            String text;
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            } else if (value instanceof JsonString string) {
                text = string.getString();
            } else if (value instanceof JsonNumber number) {
                text = number.toString();
            } else {
                throw new RefusedValue("malformed_json", "expected a string, found " + value.getValueType());
            }
            PlainText.problem(text).ifPresent(p -> {
                throw new RefusedValue("invalid_text", "holds " + p + "; only plain text is accepted");
            });
            return text;
        }
    }
}
