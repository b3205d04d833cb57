package it.viva.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Defenses;
import it.viva.support.RoomClient;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * A socket whose page has died (no pong to the server's pings) is dropped with 4002 within about
 * 30 seconds and the room is told it left; a live page, whose client answers pings, stays.
 */
class HeartbeatIT {

    @Test
    void aSocketThatNeverAnswersPingsIsDroppedAndALiveOneStays() throws IOException {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
                SilentSocket silent = SilentSocket.open(RoomClient.address(setup.defense(), setup.ticket(setup.member())))) {
            secretary.await("welcome");
            assertEquals(setup.memberId(0), secretary.await("joined").getJsonObject("participant").getString("id"));

            // Pings every 10 s, dropped after 30 s without a pong: at most about 40 s.
            SilentSocket.Close close = silent.awaitClose(Duration.ofSeconds(60));
            assertEquals(4002, close.code(), close::toString);
            assertTrue(close.pings() >= 2, "the server pinged before giving up: " + close);
            assertEquals(setup.memberId(0), secretary.await("left", Duration.ofSeconds(10)).getString("participantId"));

            assertFalse(secretary.isClosed(), "a page that answers pings is not dropped");
            secretary.send("{\"type\":\"ping\"}");
            secretary.await("pong");
        }
    }

    /** A bare WebSocket client that reads frames and never answers a ping, like a frozen page. */
    static final class SilentSocket implements AutoCloseable {

        record Close(int code, int pings, int texts) {
        }

        private final Socket socket;
        private final DataInputStream in;

        private SilentSocket(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new DataInputStream(socket.getInputStream());
        }

        static SilentSocket open(URI address) throws IOException {
            Socket socket = new Socket(address.getHost(), address.getPort());
            OutputStream out = socket.getOutputStream();
            String key = Base64.getEncoder().encodeToString("viva-silent-page".getBytes(StandardCharsets.US_ASCII));
            out.write(("GET " + address.getRawPath() + "?" + address.getRawQuery() + " HTTP/1.1\r\n"
                    + "Host: " + address.getHost() + ":" + address.getPort() + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            SilentSocket silent = new SilentSocket(socket);
            String status = silent.line();
            if (!status.startsWith("HTTP/1.1 101")) {
                socket.close();
                throw new IOException("handshake refused: " + status);
            }
            while (!silent.line().isEmpty()) {
                // the rest of the handshake's headers
            }
            return silent;
        }

        Close awaitClose(Duration timeout) throws IOException {
            socket.setSoTimeout((int) timeout.toMillis());
            int pings = 0;
            int texts = 0;
            while (true) {
                int first = in.readUnsignedByte();
                int opcode = first & 0x0F;
                byte[] payload = payload(in.readUnsignedByte() & 0x7F);
                switch (opcode) {
                    case 0x9 -> pings++;
                    case 0x1 -> texts++;
                    case 0x8 -> {
                        int code = payload.length >= 2 ? (payload[0] & 0xFF) << 8 | payload[1] & 0xFF : 1005;
                        return new Close(code, pings, texts);
                    }
                    default -> {
                        // continuation or pong frames carry nothing this test needs
                    }
                }
            }
        }

        private byte[] payload(int length) throws IOException {
            long size = length == 126 ? in.readUnsignedShort() : length == 127 ? in.readLong() : length;
            byte[] payload = new byte[Math.toIntExact(size)];
            in.readFully(payload);
            return payload;
        }

        private String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.US_ASCII);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
