package viva.system.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class WholeNumbersTest {

    /** The value of {"v": json} as the deserializer of the given range reads it. */
    private static Long read(String json, long min, long max) {
        try (JsonParser parser = Json.createParser(new StringReader("{\"v\":" + json + "}"))) {
            parser.next();
            parser.next();
            parser.next();
            return WholeNumbers.read(parser, min, max);
        }
    }

    private static String refused(String json, long min, long max) {
        return assertThrows(RefusedValue.class, () -> read(json, min, max), json).code();
    }

    @Test
    void readsWholeNumbersInRangeAsGivenOrAsText() {
        assertEquals(2026L, read("2026", Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertEquals(2026L, read("2026.0", Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertEquals(2000L, read("2e3", Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertEquals(Long.MAX_VALUE, read("9223372036854775807", Long.MIN_VALUE, Long.MAX_VALUE));
        assertEquals(Long.MIN_VALUE, read("-9223372036854775808", Long.MIN_VALUE, Long.MAX_VALUE));
        assertEquals(0L, read("-0", Long.MIN_VALUE, Long.MAX_VALUE));
        assertEquals(12L, read("\"12\"", Long.MIN_VALUE, Long.MAX_VALUE));
        assertNull(read("null", Long.MIN_VALUE, Long.MAX_VALUE));
    }

    @Test
    void refusesFractionsAndNumbersBeyondTheFieldsTypeInsteadOfNarrowingThem() {
        assertEquals("invalid_value", refused("18446744073709551648", Long.MIN_VALUE, Long.MAX_VALUE));
        assertEquals("invalid_value", refused("9223372036854775808", Long.MIN_VALUE, Long.MAX_VALUE));
        assertEquals("invalid_value", refused("2026.5", Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertEquals("invalid_value", refused("4294969322", Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertEquals("invalid_value", refused("2147483648", Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertEquals("invalid_value", refused("1e400", Long.MIN_VALUE, Long.MAX_VALUE));
        assertEquals("invalid_value", refused("1e-400", Long.MIN_VALUE, Long.MAX_VALUE));
        assertEquals("invalid_value", refused("1e999999999", Long.MIN_VALUE, Long.MAX_VALUE));
        assertEquals("invalid_value", refused("\"18446744073709551648\"", Long.MIN_VALUE, Long.MAX_VALUE));
        assertEquals("invalid_value", refused("40000", Short.MIN_VALUE, Short.MAX_VALUE));
    }

    @Test
    void textThatIsNoNumberAndOtherTypesAreTheWrongShape() {
        for (String json : new String[] {"\"twenty\"", "\"2026.5\"", "\"\"", "\" 12\"", "true", "[1]", "{\"a\":1}"}) {
            assertEquals("malformed_json", refused(json, Long.MIN_VALUE, Long.MAX_VALUE), json);
        }
    }

    @Test
    void theMessageEchoesAtMostAShortPieceOfTheValue() {
        RefusedValue e = assertThrows(RefusedValue.class, () -> read("1" + "0".repeat(5000), Long.MIN_VALUE,
                Long.MAX_VALUE));
        assertEquals(true, e.getMessage().length() < 200, e.getMessage());
    }
}
