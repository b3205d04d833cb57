package viva.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void acceptsAnyWellFormedTextWithTabsAndLineBreaks() {
        for (String text : new String[] {"王建国", "😀 👨‍👩‍👧", "\u200Fabc\u200E", "a\u200Db", "㍿\uF900", "line\r\nnext\tcell",
                "' OR 1=1 --", ""}) {
            assertTrue(PlainText.problem(text).isEmpty(), text);
        }
    }

    @Test
    void refusesBidirectionalEmbeddingsOverridesAndIsolates() {
        for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
                '\u2069'}) {
            String name = "王建国" + c + "gnp.exe";
            assertEquals(String.format("the bidirectional control U+%04X at character 4", (int) c),
                    PlainText.problem(name).orElse("accepted"), name);
        }
        Refusal e = assertThrows(Refusal.class, () -> PlainText.check("employer", "某院\u202E"));
        assertEquals("invalid_text", e.code());
        assertEquals(Refusal.Kind.INVALID, e.kind());
        assertTrue(PlainText.problem("\u2065\u206A\u2029\u202F").isEmpty(), "neighbours of the ranges stay allowed");
    }

    @Test
    void refusesControlCharactersAndLoneSurrogates() {
        for (String text : new String[] {"a\u0000b", "\u0007", "\u001B[31m", "\u007F", "\uD800", "x\uDFFF", "\uDC00\uD800",
                "end\uD83D"}) {
            assertTrue(PlainText.problem(text).isPresent(), text);
        }
        Refusal e = assertThrows(Refusal.class, () -> PlainText.check("name", "a\u0000b"));
        assertEquals("invalid_text", e.code());
        assertEquals(Refusal.Kind.INVALID, e.kind());
    }
}
