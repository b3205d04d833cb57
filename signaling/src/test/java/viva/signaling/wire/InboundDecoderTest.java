package viva.signaling.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InboundDecoderTest {

    private final InboundDecoder decoder = new InboundDecoder();

    @Test
    void readsATypedObject() {
        Inbound message = decoder.decode("{\"type\":\"offer\",\"to\":\"M3\",\"sdp\":\"v=0\"}");
        assertTrue(message.readable());
        assertEquals("offer", message.type());
        assertEquals("M3", message.text("to"));
        assertNull(message.text("missing"));
        assertNull(message.object("to"));
    }

    @Test
    void answersBadFramesWithACodeInsteadOfThrowing() {
        assertEquals("malformed", decoder.decode("{not json").errorCode());
        assertEquals("malformed", decoder.decode("[1]").errorCode());
        assertEquals("malformed", decoder.decode("").errorCode());
        assertEquals("missing_field", decoder.decode("{\"to\":\"x\"}").errorCode());
        assertEquals("missing_field", decoder.decode("{\"type\":\"\"}").errorCode());
        assertEquals("missing_field", decoder.decode("{\"type\":[]}").errorCode());
    }

    @Test
    void answersDeepNestingAsMalformed() {
        // Parsson refuses more than 1000 levels with a plain RuntimeException, not a JsonException.
        String deep = "{\"type\":\"ping\",\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        assertEquals("malformed", decoder.decode(deep).errorCode());
        String deepObjects = "{\"type\":\"ping\",\"x\":" + "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_001);
        assertEquals("malformed", decoder.decode(deepObjects).errorCode());
    }

    @Test
    void refusesMoreThan64KiBCountedInUtf8Bytes() {
        String ascii = "{\"type\":\"ping\",\"pad\":\"" + "a".repeat(64 * 1024) + "\"}";
        assertEquals("too_large", decoder.decode(ascii).errorCode());
        String chinese = "{\"type\":\"ping\",\"pad\":\"" + "答".repeat(22_000) + "\"}";
        assertEquals("too_large", decoder.decode(chinese).errorCode(), "66,000 bytes in 22,000 characters");
        String fits = "{\"type\":\"ping\",\"pad\":\"" + "答".repeat(21_000) + "\"}";
        assertTrue(decoder.decode(fits).readable());
    }
}
