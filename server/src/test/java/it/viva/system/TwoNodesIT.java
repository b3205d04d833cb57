package it.viva.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Defenses;
import it.viva.support.Fixtures;
import it.viva.support.RoomClient;
import it.viva.support.ServerCopies;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Viva nodes from the same WAR on one PostgreSQL database, with different VIVA_NODE_NAMEs and
 * one VIVA_CLUSTER_KEY, behind Debian's nginx rendered from deploy/nginx/viva.conf.template, all on
 * loopback. Runs in its own failsafe execution (viva.it.nodes=true), where {@link Api} speaks to
 * the proxy; each node is also called directly. The class makes its database (viva_nodes in the
 * PostgreSQL run's cluster), its two servers (copies of the PostgreSQL test server) and its
 * nginx, and stops them all afterwards. The last test kills node A.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String WLP = System.getProperty("viva.it.wlpDir", "target/liberty/wlp");
    private static final String SOURCE = System.getProperty("viva.it.serverName", "viva-it-pg");
    private static final Path WORK = Path.of(System.getProperty("viva.it.nodesDir", "target/it-nodes"));
    private static final String KEY = "cluster-it-" + UUID.randomUUID();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Node a;
    private static Node b;
    private static Process nginx;
    private static String proxy;

    /** One node: its server's name and its own address, bypassing the proxy. */
    private record Node(String name, String server, int httpPort, int httpsPort) {
        String base() {
            return "http://localhost:" + httpPort;
        }

        String hostPort() {
            return "127.0.0.1:" + httpPort;
        }
    }

    @BeforeAll
    static void startNodesAndProxy() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("viva.it.nodes"),
                "TwoNodesIT runs in the failsafe execution 'nodes', against servers and a proxy of its own");
        proxy = Api.BASE;
        a = new Node("node-a", "viva-it-node-a", Integer.getInteger("viva.it.nodeA.httpPort", 25081),
                Integer.getInteger("viva.it.nodeA.httpsPort", 25445));
        b = new Node("node-b", "viva-it-node-b", Integer.getInteger("viva.it.nodeB.httpPort", 25082),
                Integer.getInteger("viva.it.nodeB.httpsPort", 25446));
        ServerCopies.deleteTree(WORK);
        Files.createDirectories(WORK);
        freshDatabase();
        for (Node node : List.of(a, b)) {
            makeServer(node);
        }
        // One after the other: the first start of an empty database makes the catalogue and the
        // secretariat's account, which two nodes must not both try at once.
        for (Node node : List.of(a, b)) {
            server("start", node.server());
            awaitReady(node.base());
        }
        nginx = startNginx();
        awaitReady(proxy);
    }

    @AfterAll
    static void stopAll() {
        if (nginx != null) {
            stopNginx();
        }
        for (Node node : new Node[] {a, b}) {
            if (node != null && Files.exists(Path.of(WLP, "usr", "servers", node.server()))) {
                try {
                    server("stop", node.server());
                } catch (AssertionError alreadyDown) {
                    // node A was killed by the last test
                }
            }
        }
    }

    @Test
    @Order(1)
    void aSessionMadeThroughTheProxyWorksOnBothNodesAndItsCsrfTokenWithIt() {
        HttpResponse<String> signIn = send(proxy, "POST", "/api/session",
                "{\"username\":\"secretary\",\"password\":\"" + Api.SECRETARY_PASSWORD + "\"}", Map.of());
        assertEquals(200, signIn.statusCode(), signIn::body);
        String cookie = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("VIVA_SESSION="))
                .map(c -> c.split(";")[0]).findFirst().orElseThrow(() -> new AssertionError(signIn.headers().toString()));
        String csrf = json(signIn.body()).getString("csrfToken");

        for (String base : List.of(a.base(), b.base(), proxy)) {
            HttpResponse<String> who = send(base, "GET", "/api/session", null, Map.of("Cookie", cookie));
            assertEquals(200, who.statusCode(), base + ": " + who.body());
            assertEquals("secretary", json(who.body()).getString("username"));
            assertEquals(csrf, json(who.body()).getString("csrfToken"), "one session, one token, on " + base);
        }
        String round = Fixtures.roundBody(Fixtures.unique("nodes")).build().toString();
        HttpResponse<String> forged = send(a.base(), "POST", "/api/rounds", round, Map.of("Cookie", cookie));
        assertEquals(403, forged.statusCode(), "no token, no write, on node A either");
        HttpResponse<String> written = send(b.base(), "POST", "/api/rounds", round,
                Map.of("Cookie", cookie, "X-CSRF-Token", csrf));
        assertEquals(201, written.statusCode(), written::body);

        assertEquals(204, send(a.base(), "DELETE", "/api/session", null, Map.of("Cookie", cookie, "X-CSRF-Token", csrf))
                .statusCode());
        assertEquals(401, send(b.base(), "GET", "/api/session", null, Map.of("Cookie", cookie)).statusCode(),
                "signed out on node A is signed out on node B");
    }

    @Test
    @Order(2)
    void aTicketTakenOnOneNodeOpensTheRoomOnTheOtherOnceAndItsResumeTokenWorksThere() {
        Defenses.Setup setup = Defenses.scheduled();
        String path = "/api/defenses/" + setup.defense() + "/ticket";
        HttpResponse<String> taken = send(a.base(), "POST", path, "", basic("secretary", Api.SECRETARY_PASSWORD));
        assertEquals(201, taken.statusCode(), taken::body);
        String ticket = json(taken.body()).getString("ticket");

        String resumeToken;
        try (RoomClient onB = RoomClient.connect(socket(b, setup.defense(), ticket))) {
            JsonObject welcome = onB.await("welcome", WAIT);
            resumeToken = welcome.getString("resumeToken");
        }
        assertEquals(403, RoomClient.handshakeStatus(socket(a, setup.defense(), ticket)),
                "the ticket redeemed on node B is spent on node A too");
        assertEquals(403, RoomClient.handshakeStatus(socket(b, setup.defense(), ticket)));

        HttpResponse<String> resumed = send(b.base(), "POST", path, "{\"resumeToken\":\"" + resumeToken + "\"}", Map.of());
        assertEquals(201, resumed.statusCode(), "a resume token from node B's welcome works: " + resumed.body());
        String next = json(resumed.body()).getString("ticket");
        try (RoomClient onA = RoomClient.connect(socket(a, setup.defense(), next))) {
            assertEquals("SECRETARY", onA.await("welcome", WAIT).getJsonObject("you").getString("role"),
                    "the ticket taken on node B with it opens the room on node A");
        }
        HttpResponse<String> again = send(a.base(), "POST", path, "{\"resumeToken\":\"" + resumeToken + "\"}", Map.of());
        assertEquals(201, again.statusCode(), "and on node A, the other node: " + again.body());
    }

    @Test
    @Order(3)
    void theThrottleCountsFailuresMadeOnBothNodesTogether() {
        String name = Fixtures.unique("guess");
        String from = "198.51.100." + (1 + (int) (Math.random() * 250));
        Map<String, String> headers = Map.of("X-Forwarded-For", from);
        String wrong = "{\"username\":\"" + name + "\",\"password\":\"wrong-password-1\"}";
        for (Node node : List.of(a, b, a, b)) {
            assertEquals(401, send(node.base(), "POST", "/api/session", wrong, headers).statusCode(),
                    "failures 1 to 4 answer at once");
        }
        HttpResponse<String> fifth = send(a.base(), "POST", "/api/session", wrong, headers);
        assertEquals(429, fifth.statusCode(), "the fifth failure, counted with node B's two: " + fifth.body());
        HttpResponse<String> onB = send(b.base(), "POST", "/api/session", wrong, headers);
        assertEquals(429, onB.statusCode(), "node B makes the same address wait");
        assertTrue(onB.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    @Order(4)
    void aChangeOnNodeAShowsInNodeBsLiveUpdatesWithinTwoSeconds() throws Exception {
        Defenses.Setup setup = Defenses.scheduled();
        HttpRequest listen = HttpRequest.newBuilder(URI.create(b.base() + "/api/live"))
                .header("Accept", "text/event-stream").header("Authorization", basicValue("secretary",
                        Api.SECRETARY_PASSWORD)).GET().build();
        HttpResponse<InputStream> stream = HTTP.send(listen, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readEvents(stream.body(), events), "live-on-node-b");
        reader.setDaemon(true);
        reader.start();
        try {
            assertEquals("hello", nextEvent(events, WAIT).split("\n")[0]);
            HttpResponse<String> moved = send(a.base(), "POST", "/api/defenses/" + setup.defense() + "/stage",
                    "{\"stage\":\"LOBBY\"}", basic("secretary", Api.SECRETARY_PASSWORD));
            assertEquals(200, moved.statusCode(), moved::body);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(2));
            String wanted = "stage\n{\"defenseId\":" + setup.defense() + "}";
            String seen = null;
            while (!wanted.equals(seen)) {
                Duration left = Duration.between(Instant.now(), deadline);
                assertFalse(left.isNegative(), "node B's live updates did not show node A's change within 2 s");
                seen = nextEvent(events, left);
            }
        } finally {
            stream.body().close();
        }
    }

    @Test
    @Order(5)
    void concurrentAuditedWritesOnBothNodesMakeOneChainThatBothVerify() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> writes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Node node = i % 2 == 0 ? a : b;
                writes.add(writers.submit(() -> send(node.base(), "POST", "/api/rounds",
                        Fixtures.roundBody(Fixtures.unique("chain")).build().toString(),
                        basic("secretary", Api.SECRETARY_PASSWORD)).statusCode()));
            }
            for (Future<Integer> write : writes) {
                assertEquals(201, write.get(2, TimeUnit.MINUTES));
            }
        } finally {
            writers.shutdownNow();
        }
        JsonObject onA = verify(a);
        JsonObject onB = verify(b);
        Instant deadline = Instant.now().plus(WAIT);
        // Nothing else writes now, but a room event may still be landing: the two agree once it has.
        while (!onA.get("head").equals(onB.get("head")) && Instant.now().isBefore(deadline)) {
            onA = verify(a);
            onB = verify(b);
        }
        assertTrue(onA.getBoolean("valid"), onA::toString);
        assertTrue(onB.getBoolean("valid"), onB::toString);
        assertEquals(onA.getString("head"), onB.getString("head"), "one chain, one head");
        assertEquals(onA.getJsonNumber("events"), onB.getJsonNumber("events"));
    }

    @Test
    @Order(6)
    void aSocketOpenedOnTheNodeThatDoesNotHoldTheRoomReachesTheRoomOnItsHolder() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(socket(a, setup.defense(), setup.ticket(Api.secretary())))) {
            assertEquals("node-a", secretary.await("welcome", WAIT).getString("node"),
                    "the first participant's node takes the room");
            try (RoomClient member = RoomClient.connect(socket(b, setup.defense(), setup.ticket(setup.member())))) {
                JsonObject welcome = member.await("welcome", WAIT);
                assertEquals("node-a", welcome.getString("node"), "node B hands the member over to node A");
                assertEquals(List.of("SECRETARY"), welcome.getJsonArray("participants").stream()
                        .map(p -> p.asJsonObject().getString("role")).toList(), "and there they meet the secretary");
                assertEquals(setup.memberId(0), secretary.await("joined", WAIT).getJsonObject("participant")
                        .getString("id"));
                HttpResponse<String> moved = send(b.base(), "POST", "/api/defenses/" + setup.defense() + "/stage",
                        "{\"stage\":\"LOBBY\"}", basic("secretary", Api.SECRETARY_PASSWORD));
                assertEquals(200, moved.statusCode(), moved::body);
                assertEquals("LOBBY", secretary.await("stage", WAIT).getString("stage"),
                        "a stage set through node B reaches the room on node A");
                assertEquals("LOBBY", member.await("stage", WAIT).getString("stage"));
                member.send("{\"type\":\"leave\"}");
                assertEquals(setup.memberId(0), secretary.await("left", WAIT).getString("participantId"),
                        "frames pass through the relay both ways");
            }
        }
    }

    @Test
    @Order(7)
    void withNodeAKilledTheProxyStillAnswersThroughNodeB() throws Exception {
        long pid = Long.parseLong(Files.readString(Path.of(WLP, "usr", "servers", ".pid", a.server() + ".pid")).strip());
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor());
        Instant deadline = Instant.now().plus(WAIT);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "node A is gone");
        for (int i = 0; i < 6; i++) {
            assertEquals(200, Api.anonymous().get("/health/ready").status(), "request " + (i + 1) + " through the proxy");
            Api.Reply rounds = Api.secretary().get("/api/rounds");
            assertEquals(200, rounds.status(), rounds::toString);
        }
        HttpResponse<String> signIn = send(proxy, "POST", "/api/session",
                "{\"username\":\"secretary\",\"password\":\"" + Api.SECRETARY_PASSWORD + "\"}", Map.of());
        assertEquals(200, signIn.statusCode(), "signing in goes on through node B: " + signIn.body());
    }

    // --- the nodes, their database and the proxy ---

    private static JsonObject verify(Node node) {
        HttpResponse<String> reply = send(node.base(), "GET", "/api/audit/verify", null,
                basic("secretary", Api.SECRETARY_PASSWORD));
        assertEquals(200, reply.statusCode(), reply::body);
        return json(reply.body());
    }

    private static URI socket(Node node, long defenseId, String ticket) {
        return URI.create("ws://localhost:" + node.httpPort() + "/ws/defense/" + defenseId + "?ticket=" + ticket);
    }

    private static void freshDatabase() throws SQLException {
        String admin = System.getProperty("viva.it.pgAdminUrl", "jdbc:postgresql://127.0.0.1:25432/postgres");
        try (Connection connection = DriverManager.getConnection(admin, "postgres", "");
                Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS viva_nodes");
            sql.execute("CREATE DATABASE viva_nodes OWNER viva");
        }
    }

    private static void makeServer(Node node) throws IOException {
        Path servers = Path.of(WLP, "usr", "servers");
        Path target = servers.resolve(node.server());
        ServerCopies.deleteTree(target);
        ServerCopies.copy(servers.resolve(SOURCE), target);
        Path bootstrap = target.resolve("bootstrap.properties");
        String pgUrl = System.getProperty("viva.it.nodesDbUrl", "jdbc:postgresql://127.0.0.1:25432/viva_nodes");
        Files.writeString(bootstrap, ServerCopies.rewrite(Files.readString(bootstrap), Map.of(
                "http.port", Integer.toString(node.httpPort()), "https.port", Integer.toString(node.httpsPort()),
                "viva.db.url", pgUrl)));
        Files.writeString(target.resolve("jvm.options"), "\n-Dviva.node.name=" + node.name()
                + "\n-Dviva.node.url=" + node.base()
                + "\n-Dviva.cluster.key=" + KEY + "\n-Dviva.public.url=" + proxy + "\n-Dviva.demo=false\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static Process startNginx() throws IOException, InterruptedException {
        Path tmp = WORK.resolve("nginx").toAbsolutePath();
        Files.createDirectories(tmp);
        Path template = Path.of(System.getProperty("viva.it.nginxTemplate", "../deploy/nginx/viva.conf.template"));
        Path conf = tmp.resolve("viva.conf");
        // Rendered as CONTRACT says an operator does: envsubst naming only Viva's four placeholders.
        ProcessBuilder rendering = new ProcessBuilder("envsubst",
                "${VIVA_NODE_A} ${VIVA_NODE_B} ${VIVA_PROXY_PORT} ${VIVA_PROXY_TMP}")
                .redirectInput(template.toFile()).redirectOutput(conf.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        rendering.environment().put("VIVA_NODE_A", a.hostPort());
        rendering.environment().put("VIVA_NODE_B", b.hostPort());
        rendering.environment().put("VIVA_PROXY_PORT", Integer.toString(URI.create(proxy).getPort()));
        rendering.environment().put("VIVA_PROXY_TMP", tmp.toString());
        assertEquals(0, rendering.start().waitFor(), "envsubst renders the template");
        Process started = new ProcessBuilder(nginxBinary(), "-p", tmp.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("start.log").toFile()).start();
        assertEquals(0, started.waitFor(), () -> "nginx did not start: " + read(tmp.resolve("start.log"))
                + read(tmp.resolve("error.log")));
        return started;
    }

    private static void stopNginx() {
        Path tmp = WORK.resolve("nginx").toAbsolutePath();
        try {
            new ProcessBuilder(nginxBinary(), "-p", tmp.toString(), "-c", tmp.resolve("viva.conf").toString(), "-s",
                    "quit").inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String nginxBinary() {
        return Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
    }

    private static void server(String action, String name) {
        try {
            Process process = new ProcessBuilder(Path.of(WLP, "bin", "server").toAbsolutePath().toString(), action, name)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(4, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("server " + action + " " + name + " did not finish");
            }
            assertEquals(0, process.exitValue(), "server " + action + " " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void awaitReady(String base) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (send(base, "GET", "/health/ready", null, Map.of()).statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(base + " was not ready within 4 minutes");
    }

    // --- plain HTTP, with the headers each test chooses ---

    private static HttpResponse<String> send(String base, String method, String path, String json,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> basic(String username, String password) {
        return Map.of("Authorization", basicValue(username, password));
    }

    private static String basicValue(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    /** Each server-sent event as "name\ndata". */
    private static void readEvents(InputStream body, BlockingQueue<String> events) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String name = "";
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event:")) {
                    name = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring("data:".length()).strip());
                } else if (line.isEmpty() && (!name.isEmpty() || data.length() > 0)) {
                    events.add(name + "\n" + data);
                    name = "";
                    data.setLength(0);
                }
            }
        } catch (IOException closed) {
            // the test closed the stream
        }
    }

    private static String nextEvent(BlockingQueue<String> events, Duration timeout) throws InterruptedException {
        String event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no live update within " + timeout);
        }
        return event;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
