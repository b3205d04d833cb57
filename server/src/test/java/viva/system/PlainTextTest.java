package viva.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void acceptsAnyWellFormedTextWithTabsAndLineBreaks() {
        for (String text : new String[] {"王建国", "😀 👨‍👩‍👧", "\u202Eabc\u202C", "a\u200Db", "㍿\uF900", "line\r\nnext\tcell",
                "' OR 1=1 --", ""}) {
            assertTrue(PlainText.problem(text).isEmpty(), text);
        }
    }

    @Test
    void refusesControlCharactersAndLoneSurrogates() {
        for (String text : new String[] {"a\u0000b", "\u0007", "\u001B[31m", "\u007F", "\uD800", "x\uDFFF", "\uDC00\uD800",
                "end\uD83D"}) {
            assertTrue(PlainText.problem(text).isPresent(), text);
        }
        ApiException e = assertThrows(ApiException.class, () -> PlainText.check("name", "a\u0000b"));
        assertEquals("invalid_text", e.code());
        assertEquals(400, e.status().getStatusCode());
    }
}
