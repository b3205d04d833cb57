package viva.signaling.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import viva.signaling.RoomClock;

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
    void aStageCarriesItsClockAsOfTheMomentItIsSent() {
        Instant read = Instant.parse("2026-12-07T01:00:00Z");
        JsonObject running = Outbound.stage("STATEMENT", read, read.plusSeconds(10),
                new RoomClock(600_000L, false, read)).json();
        assertFalse(running.getBoolean("paused"));
        assertEquals(590, running.getInt("remainingSeconds"));
        JsonObject paused = Outbound.stage("STATEMENT", read, read.plusSeconds(10),
                new RoomClock(600_000L, true, read)).json();
        assertTrue(paused.getBoolean("paused"));
        assertEquals(600, paused.getInt("remainingSeconds"));
        JsonObject lobby = Outbound.stage("LOBBY", read, read, RoomClock.NONE).json();
        assertFalse(lobby.getBoolean("paused"));
        assertEquals(JsonValue.NULL, lobby.get("remainingSeconds"));
    }

    @Test
    void anIncidentGoesOutWithItsLengthOrNull() {
        Instant at = Instant.parse("2026-12-07T01:04:00Z");
        JsonObject lost = Outbound.incident("A7", "APPLICANT", "DISCONNECTED", at, null, true).json();
        assertEquals("incident", lost.getString("type"));
        assertEquals(JsonValue.NULL, lost.get("seconds"));
        assertTrue(lost.getBoolean("clockPaused"));
        assertEquals(35, Outbound.incident("A7", "APPLICANT", "RETURNED", at, 35L, true).json().getInt("seconds"));
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
