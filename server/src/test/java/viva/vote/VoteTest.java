package viva.vote;

import viva.defense.Decision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The limits a vote keeps whichever way it comes: REST or the room's socket, which has no bean validation. */
class VoteTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    private static String refused(Decision decision, String reason, String key) {
        return assertThrows(VoteRefusal.class, () -> new Vote(null, 1L, decision, reason, key, NOW)).code();
    }

    @Test
    void keepsReasonsAndKeysWithinTheirColumns() {
        new Vote(null, 1L, Decision.VETO, "理由".repeat(1000), "k".repeat(128), NOW);
        assertEquals("reason_too_long", refused(Decision.PASS, "理".repeat(2001), null));
        assertEquals("invalid_key", refused(Decision.PASS, null, "k".repeat(129)));
        assertEquals("invalid_key", refused(Decision.PASS, null, " "));
    }

    @Test
    void takesOnlyPlainTextAsAReason() {
        assertEquals("invalid_text", refused(Decision.VETO, "答辩人的回答存在明显错误\u0000", null));
        assertEquals("invalid_text", refused(Decision.VETO, "答辩人的回答存在明显错误\uD800", null));
        assertEquals("reason_required", refused(Decision.VETO, "太短", null));
    }
}
