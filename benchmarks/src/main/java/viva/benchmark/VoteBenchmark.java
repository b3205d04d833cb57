package viva.benchmark;

import it.viva.support.Api;
import it.viva.support.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput and latency of voting against a running Viva, with the audit trail on: through the
 * room's socket ({@code {"type":"vote"}}, as the vote panel sends it, answered by
 * {@code vote-accepted}) and through {@code POST /api/defenses/{id}/votes} with HTTP Basic. Not a test: the {@code vote-benchmark} Maven profile starts a Liberty server
 * with a fresh Derby database, runs this main and stops the server (docs/benchmarks.md).
 *
 * <p>Setup goes through the real API: one round; for the largest voter count, one panel of seven
 * members per six voters (the seventh shares the applicants' employer and is recused, so six are
 * eligible); each member sits on one panel. Every run schedules a fresh defense on each panel it
 * needs, takes a ticket and opens the room socket for each voter (only members present vote),
 * opens voting, and has each voter's account make one signed-in GET, so that the timed vote is not
 * the account's first HTTP Basic check (which pays PBKDF2). Then all voters vote at once.
 *
 * <p>System properties: {@code viva.it.baseUrl}, {@code viva.it.secretaryPassword} (as for the
 * integration tests), {@code vote.benchmark.voters} (e.g. "50,200,1000"), {@code .via} ("socket,rest"), {@code .arrivals} ("burst,paced"), {@code .rate} (votes per second when paced), {@code .runs} (measured
 * runs per voter count), {@code .warmups} (unmeasured runs before them), {@code .initialWarmups}
 * (unmeasured runs at the largest count before everything), {@code .clientThreads} (the HTTP
 * client's executor threads; 0 for the JDK's default pool), {@code .pidFile} (the
 * server's pid file, for its CPU time and memory), {@code .report} (where the summary is written)
 * and {@code .failed} (a marker written when the benchmark fails, checked by {@code --check}).
 */
public final class VoteBenchmark {

    static final int PANEL_SIZE = 7;
    static final int ELIGIBLE = 6;
    static final String PASSWORD = "bench-Pass-1";
    static final String SPECIALTY = "ENG11";
    /** Three-minute defenses from 08:00 to 20:00 with no change-over: 240 slots, one per run. */
    static final OffsetDateTime FIRST_SLOT = OffsetDateTime.of(2027, 3, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));
    static final int SLOT_MINUTES = 3;

    record Panel(long id, List<String> usernames, String recusedEmployer) {
    }

    /**
     * How the votes arrive: all at the same instant ("burst", which measures how fast the server
     * clears a queue), or spread evenly at a fixed rate ("paced", which measures the latency a
     * voter sees while the server carries that rate; each vote is timed from its scheduled moment).
     */
    record Arrival(String name, double perSecond) {

        static Arrival parse(String text, double rate) {
            return switch (text) {
                case "burst" -> new Arrival("burst", 0);
                case "paced" -> new Arrival("paced", rate);
                default -> throw new IllegalArgumentException("vote.benchmark.arrivals: burst or paced, not " + text);
            };
        }

        /** When the i-th vote is due, in nanoseconds after the start. */
        long offset(int i) {
            return perSecond <= 0 ? 0 : (long) (i * 1e9 / perSecond);
        }

        String label() {
            return perSecond <= 0 ? "all at once" : String.format(Locale.ROOT, "paced, %.0f/s", perSecond);
        }
    }

    record Sample(String via, Arrival arrival, int voters, long wallNanos, long[] latencyNanos, int errors, String firstError,
            double serverCpuSeconds, double clientCpuSeconds, long heapUsed, long heapMax, long rssBytes,
            double loadAverage) {

        double votesPerSecond() {
            return (voters - errors) / (wallNanos / 1e9);
        }

        double percentileMillis(double q) {
            long[] sorted = latencyNanos.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(q * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
        }

        double maxMillis() {
            return Arrays.stream(latencyNanos).max().orElse(0) / 1e6;
        }
    }

    static {
        // Liberty closes a keep-alive connection after 30 s idle; the client drops it first, so
        // that no request goes out on a connection the server is closing.
        if (System.getProperty("jdk.httpclient.keepalive.timeout") == null) {
            System.setProperty("jdk.httpclient.keepalive.timeout", "20");
        }
    }

    /**
     * HTTP/1.1 throughout, as browsers and scripts of separate people use separate connections
     * (and because Liberty can stall on the JDK client's h2c upgrade of a request with a body).
     */
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            // A few threads for the client's own work rather than one per waiting request: the
            // client shares the machine's two cores with the server.
            .executor(Integer.getInteger("vote.benchmark.clientThreads", 4) > 0
                    ? Executors.newFixedThreadPool(Integer.getInteger("vote.benchmark.clientThreads", 4), daemon())
                    : Executors.newCachedThreadPool(daemon()))
            .connectTimeout(Duration.ofSeconds(30))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    static final AtomicInteger SETUP_RETRIES = new AtomicInteger();

    private final Caller secretary = new Caller("secretary", Api.SECRETARY_PASSWORD);
    private final ExecutorService setup = Executors.newFixedThreadPool(8);
    private final Optional<ServerProbe> server;
    private final List<Panel> panels = new ArrayList<>();
    private long round;
    private int slot;

    private VoteBenchmark(Optional<ServerProbe> server) {
        this.server = server;
    }

    /**
     * Like the other benchmarks: a failure is kept in votes.FAILED under -Dbenchmarks.dir, so that
     * the server is still stopped; {@link Outcome}'s check then fails the build.
     */
    public static void main(String[] args) throws Exception {
        Outcome.record("votes", VoteBenchmark::run);
    }

    private static void run() throws Exception {
        List<Integer> levels = Arrays.stream(System.getProperty("vote.benchmark.voters", "50,200,1000")
                .split("[,\\s]+")).filter(s -> !s.isBlank()).map(Integer::valueOf).toList();
        int runs = Integer.getInteger("vote.benchmark.runs", 5);
        int warmups = Integer.getInteger("vote.benchmark.warmups", 1);
        int initialWarmups = Integer.getInteger("vote.benchmark.initialWarmups", 4);
        // "socket": the room's vote panel sends {"type":"vote"} on its socket; "rest": POST /votes with HTTP Basic.
        List<String> paths = Arrays.stream(System.getProperty("vote.benchmark.via", "socket,rest").split("[,\\s]+"))
                .filter(v -> !v.isBlank()).map(v -> v.toLowerCase(Locale.ROOT)).toList();
        for (String via : paths) {
            if (!via.equals("socket") && !via.equals("rest")) {
                throw new IllegalArgumentException("vote.benchmark.via: socket or rest, not " + via);
            }
        }
        double rate = Double.parseDouble(System.getProperty("vote.benchmark.rate", "500"));
        List<Arrival> arrivals = Arrays.stream(System.getProperty("vote.benchmark.arrivals", "burst,paced")
                .split("[,\\s]+")).filter(a -> !a.isBlank()).map(a -> Arrival.parse(a.strip(), rate)).toList();
        Path report = Outcome.dir().resolve("votes.md");
        Optional<ServerProbe> server = ServerProbe.fromPidFile(System.getProperty("vote.benchmark.pidFile"));

        ServerProbe.awaitReady(Api.BASE, Duration.ofMinutes(3));
        VoteBenchmark bench = new VoteBenchmark(server);
        try {
            StringBuilder out = new StringBuilder();
            out.append("Machine: ").append(Machine.describe()).append("; server ").append(Api.BASE).append('\n');
            System.out.println(out);
            long started = System.nanoTime();
            bench.createRoundAndPanels(Collections.max(levels));
            System.out.printf("setup: round, %d panels of %d members in %.1f s%n", bench.panels.size(), PANEL_SIZE,
                    (System.nanoTime() - started) / 1e9);
            // The server's JIT compiles the vote path over the first few thousand requests.
            for (int w = 0; w < initialWarmups; w++) {
                System.out.println("initial warm-up " + line(bench.runOnce(Collections.max(levels),
                        paths.get(w % paths.size()), arrivals.get(0))));
            }
            List<List<Sample>> all = new ArrayList<>();
            for (String via : paths) {
                for (Arrival arrival : arrivals) {
                    for (int voters : levels) {
                        for (int w = 0; w < warmups; w++) {
                            Sample s = bench.runOnce(voters, via, arrival);
                            System.out.println("warm-up " + line(s));
                        }
                        List<Sample> samples = new ArrayList<>();
                        for (int r = 0; r < runs; r++) {
                            Sample s = bench.runOnce(voters, via, arrival);
                            System.out.println("run " + (r + 1) + "/" + runs + " " + line(s));
                            samples.add(s);
                        }
                        all.add(samples);
                    }
                }
            }
            JsonObject audit = bench.secretary.get("/api/audit/verify").json();
            out.append(summary(all, runs)).append('\n');
            out.append("Audit trail after the benchmark: valid=").append(audit.getBoolean("valid"))
                    .append(", ").append(audit.getJsonNumber("events")).append(" events. Setup requests retried after"
                    + " a 5xx: ").append(SETUP_RETRIES.get()).append(".\n");
            System.out.println(out);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, out.toString());
            if (!audit.getBoolean("valid")) {
                throw new IllegalStateException("the audit chain does not verify: " + audit);
            }
            for (List<Sample> samples : all) {
                for (Sample s : samples) {
                    if (s.errors() > 0) {
                        throw new IllegalStateException(s.errors() + " of " + s.voters() + " votes failed: "
                                + s.firstError());
                    }
                }
            }
        } finally {
            bench.setup.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- setup through the API

    private void createRoundAndPanels(int maxVoters) throws Exception {
        JsonObject stages = Json.createObjectBuilder().add("statement", 1).add("questions", 1).add("voting", 1)
                .build();
        Api.Reply reply = secretary.post("/api/rounds", Json.createObjectBuilder()
                .add("name", Fixtures.unique("vote-benchmark"))
                .add("year", FIRST_SLOT.getYear())
                .add("timeZone", "Asia/Shanghai")
                .add("defenseFrom", FIRST_SLOT.toLocalDate().toString())
                .add("defenseTo", FIRST_SLOT.toLocalDate().plusDays(1).toString())
                .add("dailyWindows", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("from", "08:00").add("to", "20:00")))
                .add("stageMinutes", Json.createObjectBuilder().add("SENIOR", stages).add("DEPUTY_SENIOR", stages)
                        .add("INTERMEDIATE", stages).add("JUNIOR", stages))
                .add("changeoverMinutes", 0)
                .build());
        expect(201, reply, "create the round");
        round = reply.id();
        int count = (maxVoters + ELIGIBLE - 1) / ELIGIBLE;
        String tag = Fixtures.unique("vb").substring(3);
        for (int p = 0; p < count; p++) {
            panels.add(createPanel(tag, p));
        }
    }

    private Panel createPanel(String tag, int index) {
        String recused = "回避单位" + tag + "-" + index;
        List<Long> ids = new ArrayList<>();
        List<String> usernames = new ArrayList<>();
        for (int m = 0; m < PANEL_SIZE; m++) {
            String username = "vb" + tag + "-p" + index + "-m" + m;
            // The last member works where the panel's applicants do, so six of seven are eligible.
            String employer = m == PANEL_SIZE - 1 ? recused : "评审单位" + tag + "-" + index + "-" + m;
            Api.Reply member = secretary.post("/api/members", Json.createObjectBuilder()
                    .add("name", "评委" + index + "-" + m)
                    .add("employer", employer)
                    .add("specialtyCodes", Json.createArrayBuilder().add(SPECIALTY))
                    .add("username", username)
                    .add("password", PASSWORD)
                    .build());
            expect(201, member, "create member " + username);
            ids.add(member.id());
            usernames.add(username);
        }
        JsonArrayBuilder memberIds = Json.createArrayBuilder();
        ids.forEach(memberIds::add);
        Api.Reply panel = secretary.post("/api/panels", Json.createObjectBuilder()
                .add("roundId", round)
                .add("name", "评审组" + tag + "-" + index)
                .add("specialtyCodes", Json.createArrayBuilder().add(SPECIALTY))
                .add("memberIds", memberIds)
                .add("chairId", ids.get(0))
                .build());
        expect(201, panel, "create a panel");
        return new Panel(panel.id(), usernames, recused);
    }

    /** The applicant's defense on the panel, in this run's slot; six of its seven members are eligible. */
    private long scheduleDefense(Panel panel, long applicant, OffsetDateTime start) {
        Api.Reply defense = secretary.post("/api/defenses", Json.createObjectBuilder()
                .add("applicantId", applicant).add("panelId", panel.id()).add("start", start.toString()).build());
        expect(201, defense, "schedule a defense");
        int eligible = defense.json().getJsonArray("eligibleMemberIds").size();
        if (eligible != ELIGIBLE) {
            throw new IllegalStateException("expected " + ELIGIBLE + " eligible members, got " + eligible);
        }
        return defense.id();
    }

    // ---------------------------------------------------------------- one run

    private record Voter(long defense, Caller caller) {
    }

    private Sample runOnce(int voters, String via, Arrival arrival) throws Exception {
        int defenses = (voters + ELIGIBLE - 1) / ELIGIBLE;
        if (voters < 5 * defenses) {
            throw new IllegalArgumentException(voters + " voters cannot give " + defenses
                    + " defenses a quorum of 5 each");
        }
        if (defenses > panels.size()) {
            throw new IllegalStateException("only " + panels.size() + " panels for " + voters + " voters");
        }
        OffsetDateTime start = FIRST_SLOT.plusMinutes((long) SLOT_MINUTES * slot++);
        // Applicants first, then their defenses: each phase in parallel, but not the two mixed.
        List<Callable<Long>> applying = new ArrayList<>();
        for (int d = 0; d < defenses; d++) {
            Panel panel = panels.get(d);
            applying.add(() -> {
                Api.Reply applicant;
                // Random ID numbers: among thousands of applicants in one round two may meet; draw again.
                int draws = 0;
                do {
                    applicant = secretary.post("/api/applicants", Fixtures.applicantBody(round, "SENIOR")
                            .add("name", "答辩人").add("employer", panel.recusedEmployer()).build());
                } while (applicant.status() == 409 && "duplicate_id_number".equals(applicant.error()) && ++draws < 5);
                expect(201, applicant, "create an applicant");
                return applicant.id();
            });
        }
        List<Long> applicants = all(applying);
        List<Callable<Long>> scheduling = new ArrayList<>();
        for (int d = 0; d < defenses; d++) {
            Panel panel = panels.get(d);
            long applicant = applicants.get(d);
            scheduling.add(() -> scheduleDefense(panel, applicant, start));
        }
        List<Long> defenseIds = all(scheduling);

        // Voters spread evenly: every defense gets 5 or 6, so each reaches the quorum of 5.
        List<Voter> list = new ArrayList<>();
        for (int d = 0; d < defenses; d++) {
            int here = voters / defenses + (d < voters % defenses ? 1 : 0);
            for (int m = 0; m < here; m++) {
                String username = panels.get(d).usernames().get(m);
                list.add(new Voter(defenseIds.get(d), new Caller(username, PASSWORD)));
            }
        }

        Seat[] seats = new Seat[list.size()];
        Seat[] applicantSeats = new Seat[defenseIds.size()];
        try {
            List<Callable<Void>> entering = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Voter v = list.get(i);
                int index = i;
                entering.add(() -> {
                    Api.Reply ticket = v.caller().post("/api/defenses/" + v.defense() + "/ticket", (JsonValue) null);
                    expect(201, ticket, "take a ticket");
                    Seat socket = Seat.take(v.defense(), ticket.json().getString("ticket"));
                    seats[index] = socket;
                    socket.awaitWelcome(Duration.ofSeconds(30));
                    return null;
                });
            }
            all(entering);
            List<Callable<Void>> opening = new ArrayList<>();
            for (int d = 0; d < defenseIds.size(); d++) {
                long id = defenseIds.get(d);
                int index = d;
                opening.add(() -> {
                    // Voting opens only on an applicant who was admitted from the lobby.
                    applicantSeats[index] = admittedApplicant(secretary, id);
                    expect(200, secretary.post("/api/defenses/" + id + "/stage", "{\"stage\":\"VOTING\"}"),
                            "open voting");
                    return null;
                });
            }
            all(opening);

            Sample sample = via.equals("socket") ? voteOverSockets(seats, arrival) : vote(list, arrival);

            // Every vote must be stored once: close each defense and count.
            List<Callable<Integer>> closing = new ArrayList<>();
            for (long id : defenseIds) {
                closing.add(() -> {
                    expect(200, secretary.post("/api/defenses/" + id + "/stage", "{\"stage\":\"CLOSED\"}"),
                            "close the defense");
                    Api.Reply result = secretary.get("/api/defenses/" + id + "/result");
                    expect(200, result, "read the result");
                    return result.json().getInt("votesCast");
                });
            }
            int stored = all(closing).stream().mapToInt(Integer::intValue).sum();
            if (stored != voters - sample.errors()) {
                throw new IllegalStateException(stored + " votes stored, " + (voters - sample.errors())
                        + " accepted");
            }
            return sample;
        } finally {
            Arrays.stream(seats).filter(java.util.Objects::nonNull).forEach(Seat::close);
            Arrays.stream(applicantSeats).filter(java.util.Objects::nonNull).forEach(Seat::close);
        }
    }

    /** The applicant comes in by their personal link, waits in the lobby and is admitted. */
    private static Seat admittedApplicant(Caller secretary, long defense) throws Exception {
        Api.Reply link = secretary.post("/api/defenses/" + defense + "/join-link", (JsonValue) null);
        expect(201, link, "make the join link");
        String token = URI.create(link.json().getString("url")).getFragment().substring("join=".length());
        expect(200, secretary.post("/api/defenses/" + defense + "/stage", "{\"stage\":\"LOBBY\"}"), "open the lobby");
        Api.Reply ticket = Caller.ANONYMOUS.post("/api/defenses/" + defense + "/ticket",
                "{\"joinToken\":\"" + token + "\"}");
        expect(201, ticket, "take the applicant's ticket");
        Seat seat = Seat.take(defense, ticket.json().getString("ticket"));
        seat.awaitWelcome(Duration.ofSeconds(30));
        expect(200, secretary.post("/api/defenses/" + defense + "/admit", (JsonValue) null), "admit the applicant");
        return seat;
    }

    /** Each voter signs in once (GET), then all vote at once; only the votes are timed. */
    private Sample vote(List<Voter> voters, Arrival arrival) throws Exception {
        int n = voters.size();
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(n);
        long[] began = new long[n];
        long[] ended = new long[n];
        long[] start = new long[1];
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Voter v = voters.get(i);
            HttpRequest warm = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/specialties"))
                    .timeout(Duration.ofSeconds(120)).header("Authorization", v.caller().authorization()).GET()
                    .build();
            HttpRequest ballot = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/defenses/" + v.defense() + "/votes"))
                    .timeout(Duration.ofSeconds(120))
                    .header("Authorization", v.caller().authorization())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"PASS\"}", StandardCharsets.UTF_8))
                    .build();
            Thread t = new Thread(() -> {
                try {
                    HttpResponse<String> w = HTTP.send(warm, HttpResponse.BodyHandlers.ofString());
                    if (w.statusCode() != 200) {
                        problems.add("warm-up GET " + w.statusCode() + " " + w.body());
                    }
                } catch (Exception e) {
                    problems.add("warm-up GET " + e);
                }
                ready.countDown();
                try {
                    go.await();
                    began[index] = start[0] + arrival.offset(index);
                    waitUntil(began[index]);
                    HttpResponse<String> r = HTTP.send(ballot, HttpResponse.BodyHandlers.ofString());
                    ended[index] = System.nanoTime();
                    if (r.statusCode() != 201) {
                        errors.incrementAndGet();
                        problems.add("vote " + r.statusCode() + " " + r.body());
                    }
                } catch (Exception e) {
                    ended[index] = System.nanoTime();
                    errors.incrementAndGet();
                    problems.add("vote " + e);
                } finally {
                    done.countDown();
                }
            }, "voter-" + i);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
        if (!ready.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the voters did not sign in within 10 minutes");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("warm-up failed: " + problems.peek());
        }
        double load = ServerProbe.loadAverage();
        Duration serverCpu0 = serverCpu();
        Duration clientCpu0 = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        long released = System.nanoTime();
        start[0] = released;
        go.countDown();
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("votes still open after 10 minutes");
        }
        long last = Arrays.stream(ended).max().orElse(released);
        Duration serverCpu1 = serverCpu();
        Duration clientCpu1 = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        long[] latency = new long[n];
        for (int i = 0; i < n; i++) {
            latency[i] = ended[i] - began[i];
        }
        JsonObject heap = heap();
        return new Sample("rest", arrival, n, last - released, latency, errors.get(), problems.peek(),
                (serverCpu1.toNanos() - serverCpu0.toNanos()) / 1e9,
                (clientCpu1.toNanos() - clientCpu0.toNanos()) / 1e9,
                heap.getJsonNumber("usedBytes").longValue(), heap.getJsonNumber("maxBytes").longValue(),
                server.map(ServerProbe::rss).orElse(0L), load);
    }

    /**
     * Every voter's room socket sends its vote at once, as the room's vote panel does; a vote is
     * timed from its send to the {@code vote-accepted} that answers it.
     */
    private Sample voteOverSockets(Seat[] seats, Arrival arrival) throws Exception {
        int n = seats.length;
        double load = ServerProbe.loadAverage();
        Duration serverCpu0 = serverCpu();
        Duration clientCpu0 = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        long released = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long due = released + arrival.offset(i);
            waitUntil(due);
            seats[i].vote(due, "{\"type\":\"vote\",\"decision\":\"PASS\",\"key\":\"bench-" + slot + "-" + i + "\"}");
        }
        int errors = 0;
        String firstError = null;
        long[] latency = new long[n];
        long last = released;
        for (int i = 0; i < n; i++) {
            Seat.Answer answer = seats[i].awaitAnswer(Duration.ofMinutes(10));
            latency[i] = answer.at() - seats[i].sentAt;
            last = Math.max(last, answer.at());
            if (answer.error() != null) {
                errors++;
                firstError = firstError == null ? answer.error() : firstError;
            }
        }
        Duration serverCpu1 = serverCpu();
        Duration clientCpu1 = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        JsonObject heap = heap();
        return new Sample("socket", arrival, n, last - released, latency, errors, firstError,
                (serverCpu1.toNanos() - serverCpu0.toNanos()) / 1e9,
                (clientCpu1.toNanos() - clientCpu0.toNanos()) / 1e9,
                heap.getJsonNumber("usedBytes").longValue(), heap.getJsonNumber("maxBytes").longValue(),
                server.map(ServerProbe::rss).orElse(0L), load);
    }

    private static void waitUntil(long nanoTime) {
        for (long left; (left = nanoTime - System.nanoTime()) > 0; ) {
            java.util.concurrent.locks.LockSupport.parkNanos(left);
        }
    }

    // ---------------------------------------------------------------- measuring the server

    private Duration serverCpu() {
        return server.map(ServerProbe::cpu).orElse(Duration.ZERO);
    }

    /** The heap check's data from /health/live: usedBytes and maxBytes. */
    private static JsonObject heap() {
        JsonObject live = Caller.ANONYMOUS.get("/health/live").json();
        return live.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> "heap".equals(c.getString("name"))).findFirst().orElseThrow().getJsonObject("data");
    }

    // ---------------------------------------------------------------- reporting

    private static String line(Sample s) {
        return String.format(Locale.ROOT, "%-6s %-16s %4d voters: %7.1f votes/s, p50 %6.1f ms, p99 %6.1f ms, max %6.1f ms,"
                        + " errors %d, server CPU %.2f s (%.2f cores), client CPU %.2f s, heap %d MB, RSS %d MB,"
                        + " load %.1f",
                s.via(), s.arrival().label(), s.voters(), s.votesPerSecond(), s.percentileMillis(0.50), s.percentileMillis(0.99), s.maxMillis(),
                s.errors(), s.serverCpuSeconds(), s.serverCpuSeconds() / (s.wallNanos() / 1e9),
                s.clientCpuSeconds(), s.heapUsed() >> 20, s.rssBytes() >> 20, s.loadAverage());
    }

    private static String summary(List<List<Sample>> all, int runs) {
        StringBuilder t = new StringBuilder();
        t.append("Median of ").append(runs).append(" runs per row, (min–max) in brackets.\n\n");
        t.append("| path | votes arrive | concurrent voters | votes/s | p50 ms | p99 ms | max ms | failed votes | server CPU ms per vote"
                + " | server CPU, cores | client CPU ms per vote | server heap after, MB | server RSS, MB"
                + " | machine load (1 min) |\n");
        t.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (List<Sample> samples : all) {
            t.append(String.format(Locale.ROOT, "| %s | %s | %,d | %s | %s | %s | %s | %d | %s | %s | %s | %s | %s | %s |%n",
                    samples.get(0).via().equals("socket") ? "room socket" : "REST (HTTP Basic)",
                    samples.get(0).arrival().label(), samples.get(0).voters(),
                    Stats.spread(samples.stream().mapToDouble(Sample::votesPerSecond).toArray(), "%.0f"),
                    Stats.spread(samples.stream().mapToDouble(s -> s.percentileMillis(0.50)).toArray(), "%.1f"),
                    Stats.spread(samples.stream().mapToDouble(s -> s.percentileMillis(0.99)).toArray(), "%.1f"),
                    Stats.spread(samples.stream().mapToDouble(Sample::maxMillis).toArray(), "%.1f"),
                    samples.stream().mapToInt(Sample::errors).sum(),
                    Stats.spread(samples.stream().mapToDouble(s -> 1000 * s.serverCpuSeconds() / s.voters()).toArray(), "%.1f"),
                    Stats.spread(samples.stream().mapToDouble(s -> s.serverCpuSeconds() / (s.wallNanos() / 1e9)).toArray(),
                            "%.2f"),
                    Stats.spread(samples.stream().mapToDouble(s -> 1000 * s.clientCpuSeconds() / s.voters()).toArray(), "%.1f"),
                    Stats.spread(samples.stream().mapToDouble(s -> s.heapUsed() / 1048576.0).toArray(), "%.0f"),
                    Stats.spread(samples.stream().mapToDouble(s -> s.rssBytes() / 1048576.0).toArray(), "%.0f"),
                    Stats.spread(samples.stream().mapToDouble(Sample::loadAverage).toArray(), "%.1f")));
        }
        Sample any = all.get(0).get(0);
        t.append(String.format(Locale.ROOT, "%nServer heap limit (-Xmx, JVM default): %d MB.%n",
                any.heapMax() >> 20));
        return t.toString();
    }

    // ---------------------------------------------------------------- helpers

    private <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        return Parallel.all(setup, tasks);
    }

    /**
     * A voter's room socket, which makes them present. Unlike the tests' RoomClient it does not
     * parse what the room sends (each vote tells every seat), so that the client spends its CPU
     * on the votes; it only waits for the welcome.
     */
    static final class Seat implements WebSocket.Listener {

        /** When the answer to this seat's vote arrived (System.nanoTime) and the error, if refused. */
        record Answer(long at, String error) {
        }

        private final CompletableFuture<Void> welcome = new CompletableFuture<>();
        private final CompletableFuture<Answer> answer = new CompletableFuture<>();
        private final StringBuilder first = new StringBuilder();
        private final StringBuilder text = new StringBuilder();
        private volatile boolean voting;
        volatile long sentAt;
        private WebSocket socket;

        static Seat take(long defenseId, String ticket) {
            Seat seat = new Seat();
            URI uri = URI.create(Api.BASE.replaceFirst("^http", "ws") + "/ws/defense/" + defenseId + "?ticket=" + ticket);
            seat.socket = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30)).buildAsync(uri, seat).join();
            return seat;
        }

        void awaitWelcome(Duration timeout) throws Exception {
            welcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Sends the vote; {@code due} is when it was meant to go (the moment its latency counts from). */
        void vote(long due, String message) {
            voting = true;
            sentAt = due;
            socket.sendText(message, true);
        }

        Answer awaitAnswer(Duration timeout) throws Exception {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(Long.MAX_VALUE);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (!welcome.isDone()) {
                first.append(data);
                if (last) {
                    // Someone else's "joined" may come first: the seat is taken before the welcome is sent.
                    if (first.indexOf("\"welcome\"") >= 0) {
                        welcome.complete(null);
                    }
                    first.setLength(0);
                }
            } else if (voting && !answer.isDone()) {
                // Only the answer to this seat's own vote is looked for; "voted" for the others is skipped.
                long at = System.nanoTime();
                text.append(data);
                if (last) {
                    if (text.indexOf("\"vote-accepted\"") >= 0) {
                        answer.complete(new Answer(at, null));
                    } else if (text.indexOf("\"error\"") >= 0) {
                        answer.complete(new Answer(at, text.toString()));
                    }
                    text.setLength(0);
                }
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            welcome.completeExceptionally(new IllegalStateException("closed " + statusCode + " " + reason));
            answer.complete(new Answer(System.nanoTime(), "closed " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            welcome.completeExceptionally(error);
            answer.complete(new Answer(System.nanoTime(), String.valueOf(error)));
        }

        void close() {
            socket.abort();
        }
    }

    /** A signed-in user (HTTP Basic) or no one, over {@link #HTTP}. */
    record Caller(String authorization) {

        static final Caller ANONYMOUS = new Caller(null);

        Caller(String username, String password) {
            this("Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        }

        Api.Reply get(String path) {
            return send(request(path).GET());
        }

        /** A JSON body, or none. */
        Api.Reply post(String path, JsonValue json) {
            HttpRequest.Builder builder = request(path);
            if (json == null) {
                builder.POST(HttpRequest.BodyPublishers.noBody());
            } else {
                builder.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.toString(), StandardCharsets.UTF_8));
            }
            return send(builder);
        }

        Api.Reply post(String path, String json) {
            return post(path, Json.createReader(new java.io.StringReader(json)).readValue());
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                    .timeout(Duration.ofSeconds(120));
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            return builder;
        }

        /**
         * Setup only (never a timed vote): a 5xx is tried again, up to twice (a failed request
         * rolled its transaction back, so the retry does not repeat a change); a connection
         * closed before any answer is tried again only for a GET, since a POST may have been
         * carried out. The retries are counted and reported.
         */
        private static Api.Reply send(HttpRequest.Builder builder) {
            try {
                HttpRequest request = builder.build();
                HttpResponse<String> response = null;
                for (int attempt = 0; response == null || response.statusCode() >= 500 && attempt < 3; attempt++) {
                    if (attempt > 0) {
                        SETUP_RETRIES.incrementAndGet();
                        Thread.sleep(200);
                    }
                    try {
                        response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    } catch (IOException closed) {
                        if (attempt >= 2 || !"GET".equals(request.method())) {
                            throw closed;
                        }
                    }
                }
                return new Api.Reply(response.statusCode(), response.body(), response.headers());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "http-client");
            t.setDaemon(true);
            return t;
        };
    }

    private static void expect(int status, Api.Reply reply, String what) {
        if (reply.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + reply);
        }
    }
}
