package it.viva.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import it.viva.support.Api;
import it.viva.support.Defenses;
import it.viva.support.RawWebSocket;
import it.viva.support.RoomClient;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Frames that are not JSON text: binary frames, and text frames whose bytes are not UTF-8. */
class RoomFramesIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aBinaryFrameIsAnsweredWithMalformedAndTheSocketStaysOpen() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
                RoomClient member = RoomClient.connect(setup.defense(), setup.ticket(setup.member()))) {
            secretary.await("welcome");
            member.await("welcome");

            member.sendBinary("{\"type\":\"ping\"}".getBytes(StandardCharsets.UTF_8));
            JsonObject error = member.await("error", WAIT);
            assertEquals("malformed", error.getString("code"), error::toString);
            member.sendBinary(new byte[] {0, 1, 2, (byte) 0xFF});
            assertEquals("malformed", member.await("error", WAIT).getString("code"));
            member.send("{\"type\":\"ping\"}");
            member.await("pong", WAIT);

            assertNull(member.closeCode(), "the socket stays open after a binary frame");
            // Still in the room: the secretary sees the member's relayed offer, and no "left".
            String secretaryId = secretary.first("welcome").getJsonObject("you").getString("id");
            member.send("{\"type\":\"offer\",\"to\":\"" + secretaryId + "\",\"sdp\":\"v=0 after binary\"}");
            assertEquals("v=0 after binary", secretary.await("offer", WAIT).getString("sdp"));
            assertEquals(0, secretary.seen().stream().filter(m -> "left".equals(m.getString("type", ""))).count());
        }
    }

    /**
     * Liberty decodes a text frame as UTF-8 before the endpoint sees it and closes the socket
     * with 1007 when the bytes are not UTF-8; no endpoint can answer it. What Viva guarantees:
     * that close, the room unharmed for everyone else, and the seat back through the resume token.
     */
    @Test
    void aTextFrameThatIsNotUtf8ClosesOnlyThatSocketAndTheParticipantCanReturn() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
                RawWebSocket member = RawWebSocket.connect(setup.defense(), setup.ticket(setup.member()))) {
            secretary.await("welcome");
            JsonObject welcome = member.await("welcome", WAIT);
            member.sendText("{\"type\":\"ping\"}");
            member.await("pong", WAIT);

            member.sendText(new byte[] {'{', '"', 't', 'y', 'p', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
            assertEquals(1007, member.awaitClose(WAIT));
            assertEquals(setup.memberId(0), secretary.await("left", WAIT).getString("participantId"));

            secretary.send("{\"type\":\"ping\"}");
            secretary.await("pong", WAIT);
            Api.Reply ticket = Api.anonymous().post("/api/defenses/" + setup.defense() + "/ticket",
                    "{\"resumeToken\":\"" + welcome.getString("resumeToken") + "\"}");
            assertEquals(201, ticket.status(), ticket::toString);
            try (RoomClient back = RoomClient.connect(setup.defense(), ticket.json().getString("ticket"))) {
                assertEquals(setup.memberId(0), back.await("welcome", WAIT).getJsonObject("you").getString("id"));
                assertEquals(setup.memberId(0), secretary.await("joined", WAIT).getJsonObject("participant")
                        .getString("id"));
            }
        }
    }
}
