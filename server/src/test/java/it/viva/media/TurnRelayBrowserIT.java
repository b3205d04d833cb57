package it.viva.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Browser;
import it.viva.support.Defenses;
import it.viva.support.RoomPages;
import it.viva.support.ServerCopies;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A three-page mesh defense through Debian's coturn on 127.0.0.1 with VIVA_ICE_TRANSPORT_POLICY=relay.
 * Runs in its own failsafe execution (viva.it.turn=true) against a server of its own, a copy of the
 * integration-test server with the TURN settings, which this class starts and stops; coturn is
 * started for each test (with Viva's secret, or with another one) and stopped in finally.
 */
class TurnRelayBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String WLP = System.getProperty("viva.it.wlpDir", "target/liberty/wlp");
    private static final String SOURCE = System.getProperty("viva.it.serverName", "viva-it");
    private static final String NAME = "viva-it-turn";
    private static final int TURN_PORT = Integer.getInteger("viva.it.turnPort", 20347);
    private static final String SECRET = "turn-it-" + UUID.randomUUID();
    private static final Path WORK = Path.of(System.getProperty("viva.it.screenshots", "target/screenshots"))
            .getParent().resolve("it-turn");

    /** Every remote connection's selected candidate pair: its state and both candidates' types. */
    private static final String SELECTED_PAIRS = """
            const done = arguments[arguments.length - 1];
            const peers = [...window.vivaRoom.peers().values()];
            Promise.all(peers.map(async (pc) => {
              const stats = await pc.getStats();
              const byId = new Map();
              stats.forEach((s) => byId.set(s.id, s));
              let pair = null;
              stats.forEach((s) => {
                if (s.type === 'transport' && s.selectedCandidatePairId) pair = byId.get(s.selectedCandidatePairId);
              });
              if (!pair) stats.forEach((s) => {
                if (s.type === 'candidate-pair' && s.state === 'succeeded' && (s.selected || s.nominated)) pair = s;
              });
              if (!pair) return { state: 'none' };
              const local = byId.get(pair.localCandidateId) || {};
              const remote = byId.get(pair.remoteCandidateId) || {};
              return { state: pair.state, local: String(local.candidateType), remote: String(remote.candidateType),
                       localAddress: String(local.address), remoteAddress: String(remote.address) };
            })).then(done, (e) => done([{ state: 'error ' + e }]));
            """;

    private static boolean started;

    @BeforeAll
    static void startServer() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("viva.it.turn"),
                "TurnRelayBrowserIT runs in the failsafe execution 'turn', against a server of its own");
        Path servers = Path.of(WLP, "usr", "servers");
        Path target = servers.resolve(NAME);
        ServerCopies.deleteTree(target);
        ServerCopies.deleteTree(WORK);
        Files.createDirectories(WORK);
        ServerCopies.copy(servers.resolve(SOURCE), target);
        URIPort base = URIPort.of(Api.BASE);
        Files.writeString(target.resolve("bootstrap.properties"), ServerCopies.rewrite(
                Files.readString(target.resolve("bootstrap.properties")), Map.of(
                        "http.port", String.valueOf(base.port()),
                        "https.port", String.valueOf(Integer.getInteger("viva.it.turnHttpsPort", base.port() + 1)),
                        "viva.db.dir", WORK.resolve("db").toAbsolutePath().toString())));
        Files.writeString(target.resolve("jvm.options"), "\n-Dviva.turn.urls=turn:127.0.0.1:" + TURN_PORT
                + "?transport=udp\n-Dviva.turn.secret=" + SECRET + "\n-Dviva.ice.transport.policy=relay\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        server("start");
        started = true;
        awaitReady();
    }

    @AfterAll
    static void stopServer() {
        if (started) {
            server("stop");
        }
    }

    @Test
    void threePagesSeeEachOtherThroughTheRelayOnly() {
        Process turn = coturn(SECRET, "right");
        List<Browser> browsers = new ArrayList<>();
        try {
            Defenses.Setup setup = Defenses.scheduled();
            Browser secretary = RoomPages.enter(browsers, setup.ticketUrl(Api.secretary()), WAIT);
            Browser member = RoomPages.enter(browsers, setup.ticketUrl(setup.member()), WAIT);
            setup.openLobby();
            String joinUrl = Api.secretary().post("/api/defenses/" + setup.defense() + "/join-link", new byte[0],
                    null).json().getString("url");
            Browser applicant = RoomPages.enter(browsers, joinUrl, WAIT);
            secretary.await(WAIT, "the secretary sees the applicant waiting",
                    d -> !d.findElements(By.cssSelector("[data-admit]")).isEmpty());
            setup.verifyIdentity();
            secretary.driver().findElement(By.cssSelector("[data-admit]")).click();

            for (Browser page : List.of(secretary, member, applicant)) {
                RoomPages.awaitVideoFromAll(page, 2, WAIT);
            }
            for (Browser page : List.of(secretary, member, applicant)) {
                List<Map<String, Object>> pairs = selectedPairs(page);
                assertEquals(2, pairs.size(), pairs::toString);
                for (Map<String, Object> pair : pairs) {
                    assertEquals("succeeded", pair.get("state"), pairs::toString);
                    assertEquals("relay", pair.get("local"), "the local candidate is relayed: " + pairs);
                    assertEquals("relay", pair.get("remote"), "the remote candidate is relayed: " + pairs);
                    assertEquals("127.0.0.1", pair.get("remoteAddress"), "the peer shows only the TURN server");
                }
            }
            secretary.screenshot("turn-relay-secretary");
        } finally {
            browsers.forEach(Browser::close);
            stop(turn);
        }
    }

    @Test
    void aTurnServerThatRefusesTheCredentialsGivesNoVideoAndThePageSaysWhy() {
        Process turn = coturn("another-" + UUID.randomUUID(), "wrong");
        List<Browser> browsers = new ArrayList<>();
        try {
            Defenses.Setup setup = Defenses.scheduled();
            Browser secretary = RoomPages.enter(browsers, setup.ticketUrl(Api.secretary()), WAIT);
            Browser member = RoomPages.enter(browsers, setup.ticketUrl(setup.member()), WAIT);
            for (Browser page : List.of(secretary, member)) {
                String text = page.await(WAIT, "the tile says the connection failed", d -> d
                        .findElements(By.cssSelector("figure[data-tile][data-state='failed'] .tile-status")).stream()
                        .map(e -> e.getText()).filter(t -> !t.isBlank()).findFirst().orElse(null));
                assertEquals("连接失败（网络或中继服务器不可用）", text);
                Object bytes = page.script("let n = 0; document.querySelectorAll('figure[data-tile] video')"
                        + ".forEach(v => { n += v.videoWidth; }); return n;");
                assertEquals(0L, ((Number) bytes).longValue(), "no video arrived");
            }
            secretary.screenshot("turn-refused-secretary");
        } finally {
            browsers.forEach(Browser::close);
            stop(turn);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> selectedPairs(Browser page) {
        return page.await(WAIT, "every connection has a selected candidate pair", d -> {
            List<Map<String, Object>> pairs = (List<Map<String, Object>>) page.asyncScript(SELECTED_PAIRS);
            return pairs.stream().allMatch(p -> "succeeded".equals(p.get("state"))) ? pairs : null;
        });
    }

    /** Debian's turnserver on loopback only, with the shared-secret scheme; ready once it answers STUN. */
    private static Process coturn(String secret, String label) {
        try {
            Process process = new ProcessBuilder("turnserver", "-n",
                    "--listening-ip=127.0.0.1", "--relay-ip=127.0.0.1", "--listening-port=" + TURN_PORT,
                    "--min-port=49400", "--max-port=49499",
                    "--use-auth-secret", "--static-auth-secret=" + secret, "--realm=viva",
                    "--allow-loopback-peers", "--no-cli", "--no-tls", "--no-dtls",
                    "--pidfile=" + WORK.resolve("turnserver-" + label + ".pid").toAbsolutePath(),
                    "--log-file=stdout", "--simple-log")
                    .redirectErrorStream(true)
                    .redirectOutput(WORK.resolve("turnserver-" + label + ".log").toFile())
                    .start();
            awaitStun(process);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("turnserver (Debian's coturn, .ci/install-coturn) did not start", e);
        }
    }

    /** A STUN binding request to the TURN port until it answers (coturn answers those without credentials). */
    private static void awaitStun(Process process) throws IOException {
        byte[] request = new byte[20];
        request[1] = 0x01; // Binding request, no attributes
        request[4] = 0x21;
        request[5] = 0x12;
        request[6] = (byte) 0xA4;
        request[7] = 0x42;
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout(250);
            while (System.nanoTime() < until) {
                if (!process.isAlive()) {
                    throw new AssertionError("turnserver exited with " + process.exitValue());
                }
                socket.send(new DatagramPacket(request, request.length, InetAddress.getLoopbackAddress(), TURN_PORT));
                try {
                    socket.receive(new DatagramPacket(new byte[512], 512));
                    return;
                } catch (SocketTimeoutException notYet) {
                    // ask again
                }
            }
        }
        process.destroyForcibly();
        throw new AssertionError("turnserver did not answer on 127.0.0.1:" + TURN_PORT);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void server(String action) {
        try {
            Process process = new ProcessBuilder(new File(WLP, "bin/server").getAbsolutePath(), action, NAME)
                    .redirectErrorStream(true)
                    .redirectOutput(WORK.resolve("server-" + action + ".log").toFile())
                    .start();
            if (!process.waitFor(4, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("server " + action + " " + NAME + " did not finish");
            }
            assertEquals(0, process.exitValue(), "server " + action + " " + NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void awaitReady() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < until) {
            try {
                if (Api.anonymous().get("/health/ready").status() == 200) {
                    return;
                }
            } catch (RuntimeException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(500);
        }
        throw new AssertionError(NAME + " was not ready within 4 minutes");
    }

    private record URIPort(int port) {
        static URIPort of(String base) {
            return new URIPort(java.net.URI.create(base).getPort());
        }
    }
}
