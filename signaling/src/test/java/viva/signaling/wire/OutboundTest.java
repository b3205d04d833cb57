package viva.signaling.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboundTest {

    @Test
    void everyBuilderSendsATypeOfTheList() {
        Instant now = Instant.parse("2026-12-07T01:00:00Z");
        List<Outbound> built = List.of(Outbound.error("malformed", "x"), Outbound.left("M1"),
                Outbound.waiting(List.of()), Outbound.admitted(List.of()), Outbound.stage("VOTING", now, now),
                Outbound.pong(now), Outbound.closed("closed"), Outbound.answer("M1", "v=0"),
                Outbound.ice("M1", jakarta.json.JsonValue.EMPTY_JSON_OBJECT), Outbound.media("ok"));
        for (Outbound message : built) {
            assertTrue(MessageTypes.SENT.contains(message.json().getString("type")), message.json()::toString);
        }
        assertEquals("vote-accepted", Outbound.typed(MessageTypes.VOTE_ACCEPTED).build().getString("type"));
    }

    @Test
    void aTypeNoPageReceivesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Outbound.typed("vote"));
        assertThrows(IllegalArgumentException.class, () -> Outbound.typed("welcom"));
    }

    @Test
    void theMediaSignalsArePartOfBothLists() {
        assertTrue(MessageTypes.ACCEPTED.containsAll(MessageTypes.MEDIA_SIGNALS));
        assertTrue(MessageTypes.SENT.containsAll(MessageTypes.MEDIA_SIGNALS));
    }
}
