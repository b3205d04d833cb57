package it.viva.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket client written on a plain socket (handshake and masked frames by hand), for frames
 * no WebSocket library sends: a text frame whose bytes are not UTF-8.
 */
public final class RawWebSocket implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Socket socket;
    private final OutputStream out;
    private final BlockingQueue<JsonObject> inbox = new LinkedBlockingQueue<>();
    private final List<JsonObject> seen = new ArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
    }

    public static RawWebSocket connect(long defenseId, String ticket) {
        URI base = URI.create(Api.BASE);
        try {
            Socket socket = new Socket(base.getHost(), base.getPort());
            socket.setSoTimeout(0);
            RawWebSocket client = new RawWebSocket(socket);
            byte[] key = new byte[16];
            RANDOM.nextBytes(key);
            String handshake = "GET /ws/defense/" + defenseId + "?ticket=" + ticket + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key) + "\r\n"
                    + "Sec-WebSocket-Version: 13\r\n\r\n";
            client.out.write(handshake.getBytes(StandardCharsets.ISO_8859_1));
            client.out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            String status = headerBlock(in);
            if (!status.startsWith("HTTP/1.1 101")) {
                socket.close();
                throw new AssertionError("the handshake was refused: " + status);
            }
            Thread reader = new Thread(() -> client.read(in), "raw-websocket-reader");
            reader.setDaemon(true);
            reader.start();
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text frame carrying exactly these bytes, whether or not they are UTF-8. */
    public void sendText(byte[] payload) {
        frame(0x1, payload);
    }

    public void sendText(String text) {
        sendText(text.getBytes(StandardCharsets.UTF_8));
    }

    public void sendBinary(byte[] payload) {
        frame(0x2, payload);
    }

    /** The next message of the type, skipping (and keeping) others; fails after the timeout. */
    public JsonObject await(String type, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            JsonObject message;
            try {
                message = left <= 0 ? null : inbox.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            if (message == null) {
                throw new AssertionError("no \"" + type + "\" message within " + timeout + "; saw " + seen());
            }
            if (type.equals(message.getString("type", ""))) {
                return message;
            }
        }
    }

    /** The close code the server sent (or -1 if the connection ended without one); fails after the timeout. */
    public int awaitClose(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("the socket was not closed within " + timeout + "; saw " + seen(), e);
        }
    }

    public Integer closeCode() {
        return closed.getNow(null);
    }

    public synchronized List<JsonObject> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            try {
                frame(0x8, new byte[] {0x03, (byte) 0xE8});
            } catch (UncheckedIOException e) {
                // the server has gone already
            }
        }
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private synchronized void frame(int opcode, byte[] payload) {
        try {
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            frame.write(0x80 | opcode);
            if (payload.length < 126) {
                frame.write(0x80 | payload.length);
            } else if (payload.length < 65_536) {
                frame.write(0x80 | 126);
                frame.write(payload.length >>> 8);
                frame.write(payload.length & 0xFF);
            } else {
                frame.write(0x80 | 127);
                for (int shift = 56; shift >= 0; shift -= 8) {
                    frame.write((int) ((long) payload.length >>> shift) & 0xFF);
                }
            }
            byte[] mask = new byte[4];
            RANDOM.nextBytes(mask);
            frame.write(mask);
            for (int i = 0; i < payload.length; i++) {
                frame.write(payload[i] ^ mask[i % 4]);
            }
            out.write(frame.toByteArray());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(DataInputStream in) {
        try {
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            while (true) {
                int first = in.readUnsignedByte();
                int second = in.readUnsignedByte();
                long length = second & 0x7F;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                byte[] payload = in.readNBytes((int) length);
                int opcode = first & 0x0F;
                if (opcode == 0x8) {
                    closed.complete(payload.length >= 2 ? (payload[0] & 0xFF) << 8 | payload[1] & 0xFF : 1005);
                    return;
                } else if (opcode == 0x9) {
                    frame(0xA, payload); // the server's heartbeat
                } else if (opcode == 0x1 || opcode == 0x0) {
                    message.write(payload);
                    if ((first & 0x80) != 0) {
                        String text = message.toString(StandardCharsets.UTF_8);
                        message.reset();
                        try (var reader = Json.createReader(new StringReader(text))) {
                            JsonObject json = reader.readObject();
                            synchronized (this) {
                                seen.add(json);
                            }
                            inbox.add(json);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            closed.complete(-1);
        }
    }

    private static String headerBlock(DataInputStream in) throws IOException {
        StringBuilder block = new StringBuilder();
        while (!block.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            block.append((char) b);
        }
        return block.toString().trim();
    }
}
