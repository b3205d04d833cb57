package viva.benchmark.signaling;

import it.viva.support.Api;
import it.viva.support.Defenses;
import it.viva.support.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import viva.benchmark.Outcome;
import viva.benchmark.Parallel;
import viva.benchmark.Retry;
import viva.benchmark.ServerProbe;
import viva.benchmark.Stats;

/**
 * How many defense rooms one Viva node carries: R defenses of eight participants each (the
 * secretary, six members, the applicant admitted from the lobby), created through the real API,
 * each participant on a real ticket and a real socket (the JDK's WebSocket client). Each room
 * plays a session: the mesh join burst (every pair negotiates: offer, answer and ICE candidates
 * trickled both ways), then a stage change every 10 s, and every page's ping every 15 s (the
 * server's own pings are answered by the client). The rooms start their sessions spread evenly over
 * a join window. R grows over the levels; the result is the largest R whose relay latency p99 stays
 * within the goal with nothing lost.
 *
 * <p>System properties ({@code signaling.*}): {@code levels} (R values, default "10,100,200": a light load, half the goal and the goal),
 * {@code runs} (per level), {@code joinSpreadSeconds}, {@code candidatesPerPair} (both ways
 * together), {@code panels} (panels of six members that the rooms share), {@code goalP99Millis},
 * {@code goalRooms}, {@code stopAfterMiss} (stop the ramp at the first level that misses; default false),
 * {@code warmupRooms} (one unmeasured run first; 0 for none), {@code clientThreads}, and
 * {@code benchmarks.pidFile} (the server's pid file, for its CPU and memory).
 */
public final class SignalingLoad {

    static final int MEMBERS = 6;
    static final String PASSWORD = Defenses.MEMBER_PASSWORD;
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 12, 7);
    static final int DAYS = 12;
    /** Three-minute defenses from 08:00 to 20:00 with no change-over: 240 a day on each panel. */
    static final int SLOTS_PER_DAY = 240;

    record Panel(long id, List<Long> members, List<Api> apis) {
    }

    record Run(int rooms, Tally tally, double wallSeconds, double serverCpuSeconds, double clientCpuSeconds,
            long liveHeap, long rss, double setupSeconds, double load) {

        double p(double q) {
            return tally.relay.percentileMillis(q);
        }

        boolean meets(double goalMillis) {
            return p(0.99) <= goalMillis && tally.lost() == 0 && tally.errors.get() == 0
                    && tally.unexpectedCloses.get() == 0 && tally.sendFailures.get() == 0;
        }
    }

    private final int candidatesPerPair = Integer.getInteger("signaling.candidatesPerPair", 20);
    private final int spreadSeconds = Integer.getInteger("signaling.joinSpreadSeconds", 10);
    private final double goalMillis = Double.parseDouble(System.getProperty("signaling.goalP99Millis", "5"));
    private final Optional<ServerProbe> server = ServerProbe.fromPidFile(System.getProperty("benchmarks.pidFile"));
    private final ExecutorService setup = Executors.newFixedThreadPool(8);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(Integer.getInteger("signaling.clientThreads", 2), r -> {
                Thread t = new Thread(r, "load-client");
                t.setDaemon(true);
                return t;
            }))
            .connectTimeout(Duration.ofSeconds(60)).build();
    private final List<Panel> panels = new ArrayList<>();
    private final Random random = new Random(20261207);
    private long round;
    private int defensesMade;
    private int floorRuns;
    /** Whether each level's runs are followed by as many on the bare relay (the floor WAR). */
    private final boolean floor = Boolean.parseBoolean(System.getProperty("signaling.floor", "true"));

    public static void main(String[] args) throws Exception {
        Outcome.record("signaling", () -> new SignalingLoad().run());
    }

    private void run() throws Exception {
        List<Integer> levels = Arrays.stream(System.getProperty("signaling.levels", "10,100,200")
                .split("[,\\s]+")).filter(s -> !s.isBlank()).map(Integer::valueOf).toList();
        int runs = Integer.getInteger("signaling.runs", 3);
        int warmup = Integer.getInteger("signaling.warmupRooms", 25);
        boolean stopAfterMiss = Boolean.parseBoolean(System.getProperty("signaling.stopAfterMiss", "false"));
        ServerProbe.awaitReady(Api.BASE, Duration.ofMinutes(4));
        try {
            createRoundAndPanels();
            if (warmup > 0) {
                System.out.println("warm-up " + line(measure(warmup)));
            }
            List<List<Run>> all = new ArrayList<>();
            List<List<Run>> floors = new ArrayList<>();
            for (int rooms : levels) {
                List<Run> level = new ArrayList<>();
                for (int r = 0; r < runs; r++) {
                    Run run = measure(rooms);
                    System.out.println("R=" + rooms + " run " + (r + 1) + "/" + runs + " " + line(run));
                    level.add(run);
                }
                all.add(level);
                List<Run> bare = new ArrayList<>();
                for (int r = 0; floor && r < runs; r++) {
                    Run run = measureFloor(rooms);
                    System.out.println("floor R=" + rooms + " run " + (r + 1) + "/" + runs + " " + line(run));
                    bare.add(run);
                }
                floors.add(bare);
                if (stopAfterMiss && !meets(level)) {
                    break;
                }
            }
            write(all, runs);
            new RelayFloorReport(goalMillis).write(all, floors);
        } finally {
            setup.shutdownNow();
        }
    }

    /** A level meets the goal when the median p99 is within it and no run lost or refused anything. */
    private boolean meets(List<Run> level) {
        return Stats.median(level.stream().mapToDouble(r -> r.p(0.99)).toArray()) <= goalMillis
                && level.stream().allMatch(r -> r.tally().lost() == 0 && r.tally().errors.get() == 0
                        && r.tally().unexpectedCloses.get() == 0 && r.tally().sendFailures.get() == 0);
    }

    // ---------------------------------------------------------------- setup through the API

    private void createRoundAndPanels() throws Exception {
        JsonObject minute = Json.createObjectBuilder().add("statement", 1).add("questions", 1).add("voting", 1)
                .build();
        Api.Reply reply = Api.secretary().post("/api/rounds", Fixtures.roundBody(Fixtures.unique("signaling-load"))
                .add("defenseFrom", FIRST_DAY.toString())
                .add("defenseTo", FIRST_DAY.plusDays(DAYS - 1).toString())
                .add("dailyWindows", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("from", "08:00").add("to", "20:00")))
                .add("stageMinutes", Json.createObjectBuilder().add("SENIOR", minute).add("DEPUTY_SENIOR", minute)
                        .add("INTERMEDIATE", minute).add("JUNIOR", minute))
                .add("changeoverMinutes", 0)
                .add("excludedDates", Json.createArrayBuilder())
                .build());
        expect(201, reply, "create the round");
        round = reply.id();
        int count = Integer.getInteger("signaling.panels", 20);
        List<Callable<Panel>> making = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            int index = p;
            making.add(() -> panel(index));
        }
        panels.addAll(all(making));
        System.out.printf("setup: %d panels of %d members%n", panels.size(), MEMBERS);
    }

    private Panel panel(int index) throws Exception {
        List<Long> ids = new ArrayList<>();
        List<Api> apis = new ArrayList<>();
        for (int m = 0; m < MEMBERS; m++) {
            String username = Fixtures.unique("load-p" + index + "-m" + m);
            JsonObject body = Json.createObjectBuilder().add("name", "评委" + index + "-" + m)
                    .add("employer", "评审单位" + index + "-" + m)
                    .add("specialtyCodes", Json.createArrayBuilder().add("ENG11"))
                    .add("username", username).add("password", PASSWORD).build();
            Api.Reply member = Retry.onServerError(() -> expect(201, Api.secretary().post("/api/members", body),
                    "create member " + username));
            ids.add(member.id());
            apis.add(Api.as(username, PASSWORD));
        }
        long panel = Retry.onServerError(() -> Fixtures.panel(round, List.of("ENG11"), ids));
        // Each member's first signed-in request pays the password hash; do it outside the runs.
        apis.forEach(api -> expect(200, api.get("/api/specialties"), "sign in as a member"));
        return new Panel(panel, ids, apis);
    }

    /** A fresh defense on the next free slot of a panel, all six members eligible. */
    private Defenses.Setup defense(Panel panel, int slot) throws Exception {
        long applicant = Retry.onServerError(() -> Fixtures.applicant(Fixtures.applicantBody(round, "SENIOR")));
        OffsetDateTime start = FIRST_DAY.plusDays(slot / SLOTS_PER_DAY).atTime(8, 0)
                .plusMinutes(3L * (slot % SLOTS_PER_DAY)).atOffset(ZoneOffset.ofHours(8));
        Api.Reply defense = Retry.onServerError(() -> expect(201, Api.secretary().post("/api/defenses",
                Json.createObjectBuilder().add("applicantId", applicant).add("panelId", panel.id())
                        .add("start", start.toString()).build()), "schedule a defense"));
        if (defense.json().getJsonArray("eligibleMemberIds").size() != MEMBERS) {
            throw new IllegalStateException("expected " + MEMBERS + " eligible members: " + defense);
        }
        return new Defenses.Setup(round, panel.id(), defense.id(), applicant, panel.members(), panel.apis(), null);
    }

    // ---------------------------------------------------------------- one run

    private Run measure(int rooms) throws Exception {
        if (defensesMade + rooms > (long) panels.size() * SLOTS_PER_DAY * DAYS) {
            throw new IllegalStateException("no free slots left for " + rooms + " more defenses");
        }
        Tally tally = new Tally();
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
        timer.setRemoveOnCancelPolicy(true);
        List<LoadRoom> list = new ArrayList<>();
        long setupStart = System.nanoTime();
        try {
            List<Callable<LoadRoom>> entering = new ArrayList<>();
            for (int d = 0; d < rooms; d++) {
                Panel panel = panels.get(d % panels.size());
                int slot = (defensesMade + d) / panels.size();
                int candidatesEachWay = candidatesPerPair / 2;
                entering.add(() -> {
                    LoadRoom room = new LoadRoom(defense(panel, slot), tally, timer, candidatesEachWay);
                    synchronized (list) {
                        list.add(room);
                    }
                    room.enter(client);
                    return room;
                });
            }
            defensesMade += rooms + panels.size(); // the next run starts on a fresh slot of every panel
            all(entering);
            return session(rooms, list, tally, timer, setupStart, false);
        } finally {
            list.forEach(LoadRoom::close);
            timer.shutdownNow();
            Thread.sleep(3000); // let the server see every socket go before the next run
            list.forEach(r -> r.sockets().forEach(LoadSocket::abort));
        }
    }

    /** The same rooms, sessions and R on the floor WAR's bare relay: no setup, no tickets, no stages, no pings. */
    private Run measureFloor(int rooms) throws Exception {
        Tally tally = new Tally();
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
        timer.setRemoveOnCancelPolicy(true);
        List<LoadRoom> list = new ArrayList<>();
        long setupStart = System.nanoTime();
        floorRuns++;
        try {
            List<Callable<LoadRoom>> entering = new ArrayList<>();
            for (int d = 0; d < rooms; d++) {
                String name = "run" + floorRuns + "-room" + d;
                entering.add(() -> {
                    LoadRoom room = new LoadRoom(null, tally, timer, candidatesPerPair / 2);
                    synchronized (list) {
                        list.add(room);
                    }
                    room.enterFloor(client, name);
                    return room;
                });
            }
            all(entering);
            return session(rooms, list, tally, timer, setupStart, true);
        } finally {
            list.forEach(LoadRoom::close);
            timer.shutdownNow();
            Thread.sleep(3000);
            list.forEach(r -> r.sockets().forEach(LoadSocket::abort));
        }
    }

    private Run session(int rooms, List<LoadRoom> list, Tally tally, ScheduledThreadPoolExecutor timer,
            long setupStart, boolean floor) throws Exception {
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
        if (tally.unexpectedCloses.get() > 0 || tally.errors.get() > 0) {
            throw new IllegalStateException("the rooms did not open cleanly: " + tally.problems);
        }
        Thread.sleep(2000); // let the handshakes' work settle before the session starts

        double load = ServerProbe.loadAverage();
        Duration serverCpu0 = serverCpu();
        Duration clientCpu0 = clientCpu();
        long started = System.nanoTime();
        List<ScheduledFuture<?>> pings = floor ? List.of() : pings(list, timer);
        for (LoadRoom room : list) {
            long delay = random.nextInt(Math.max(1, spreadSeconds * 1000));
            if (floor) {
                room.playFloor(delay);
            } else {
                room.play(delay);
            }
        }
        Thread.sleep(spreadSeconds * 1000L + LoadRoom.sessionMillis());
        pings.forEach(p -> p.cancel(false));
        long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!tally.settled() && System.nanoTime() < drainUntil) {
            Thread.sleep(100);
        }
        double wall = (System.nanoTime() - started) / 1e9;
        Duration serverCpu1 = serverCpu();
        Duration clientCpu1 = clientCpu();
        long liveHeap = server.map(s -> s.heapUsed(true)).orElse(-1L);
        long rss = server.map(ServerProbe::rss).orElse(0L);
        return new Run(rooms, tally, wall, seconds(serverCpu1.minus(serverCpu0)),
                seconds(clientCpu1.minus(clientCpu0)), liveHeap, rss, setupSeconds, load);
    }

    /** Every page pings every 15 s, starting at a random moment. */
    private List<ScheduledFuture<?>> pings(List<LoadRoom> rooms, ScheduledExecutorService timer) {
        List<ScheduledFuture<?>> pings = new ArrayList<>();
        for (LoadRoom room : rooms) {
            for (LoadSocket socket : room.sockets()) {
                pings.add(timer.scheduleAtFixedRate(socket::ping, random.nextInt(15_000), 15_000,
                        TimeUnit.MILLISECONDS));
            }
        }
        return pings;
    }

    private Duration serverCpu() {
        return server.map(ServerProbe::cpu).orElse(Duration.ZERO);
    }

    private static Duration clientCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    // ---------------------------------------------------------------- reporting

    private String line(Run r) {
        Tally t = r.tally();
        return String.format(Locale.ROOT, "%d rooms: relay p50 %.2f ms, p99 %.2f ms, max %.1f ms over %,d messages;"
                        + " lost %d, errors %d, closed %d, send failures %d; stage p99 %.1f ms, ping p99 %.1f ms;"
                        + " server %.2f cores, live heap %d MB, RSS %d MB; client %.2f cores; setup %.0f s; %s",
                r.rooms(), r.p(0.5), r.p(0.99), t.relay.maxMillis(), t.relay.count(), t.lost(), t.errors.get(),
                t.unexpectedCloses.get(), t.sendFailures.get(), t.stage.percentileMillis(0.99),
                t.ping.percentileMillis(0.99), r.serverCpuSeconds() / r.wallSeconds(), r.liveHeap() >> 20,
                r.rss() >> 20, r.clientCpuSeconds() / r.wallSeconds(), r.setupSeconds(),
                t.problems.isEmpty() ? "no problems" : "first problem: " + t.problems.peek());
    }

    private void write(List<List<Run>> all, int runs) throws Exception {
        int goalRooms = Integer.getInteger("signaling.goalRooms", 200);
        int largest = 0;
        for (List<Run> level : all) {
            if (meets(level)) {
                largest = Math.max(largest, level.get(0).rooms());
            }
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Each run: R defenses of 8 participants, %d ICE candidates per pair"
                + " (%d each way, one every %d ms), sessions starting spread over %d s; stage changes every %d s"
                + " (%s); pages ping every 15 s. Median of %d runs per level, (min–max) in brackets; a level"
                + " meets the goal when its median relay p99 is at most %.0f ms and no run lost a message, got"
                + " an error or a closed socket.%n%n", candidatesPerPair, candidatesPerPair / 2,
                LoadRoom.TRICKLE_MILLIS, spreadSeconds, LoadRoom.STAGE_EVERY_SECONDS,
                String.join(", ", LoadRoom.STAGES), runs, goalMillis));
        md.append("| R | sockets | relayed per run | relay p50 ms | relay p99 ms | relay max ms | lost | errors"
                + " | stage change p99 ms | ping p99 ms | server CPU, cores | server live heap MB | server RSS MB"
                + " | client CPU, cores | meets goal |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (List<Run> level : all) {
            md.append(String.format(Locale.ROOT, "| %d | %,d | %s | %s | %s | %s | %d | %d | %s | %s | %s | %s | %s"
                            + " | %s | %s |%n",
                    level.get(0).rooms(), level.get(0).rooms() * 8,
                    Stats.spread(level.stream().mapToDouble(r -> r.tally().relay.count()).toArray(), "%,.0f"),
                    Stats.spread(level.stream().mapToDouble(r -> r.p(0.5)).toArray(), "%.2f"),
                    Stats.spread(level.stream().mapToDouble(r -> r.p(0.99)).toArray(), "%.2f"),
                    Stats.spread(level.stream().mapToDouble(r -> r.tally().relay.maxMillis()).toArray(), "%.1f"),
                    level.stream().mapToLong(r -> r.tally().lost()).sum(),
                    level.stream().mapToLong(r -> r.tally().errors.get() + r.tally().unexpectedCloses.get()
                            + r.tally().sendFailures.get()).sum(),
                    Stats.spread(level.stream().mapToDouble(r -> r.tally().stage.percentileMillis(0.99)).toArray(),
                            "%.1f"),
                    Stats.spread(level.stream().mapToDouble(r -> r.tally().ping.percentileMillis(0.99)).toArray(),
                            "%.1f"),
                    Stats.spread(level.stream().mapToDouble(r -> r.serverCpuSeconds() / r.wallSeconds()).toArray(),
                            "%.2f"),
                    Stats.spread(level.stream().mapToDouble(r -> r.liveHeap() / 1048576.0).toArray(), "%.0f"),
                    Stats.spread(level.stream().mapToDouble(r -> r.rss() / 1048576.0).toArray(), "%.0f"),
                    Stats.spread(level.stream().mapToDouble(r -> r.clientCpuSeconds() / r.wallSeconds()).toArray(),
                            "%.2f"),
                    meets(level) ? "yes" : "no"));
        }
        List<String> problems = all.stream().flatMap(List::stream).flatMap(r -> r.tally().problems.stream())
                .limit(5).toList();
        if (!problems.isEmpty()) {
            md.append("\nFirst problems seen: ").append(String.join("; ", problems)).append('\n');
        }
        md.append(String.format(Locale.ROOT, "%nSetup requests tried again after a 500 (a Derby deadlock under"
                + " concurrent writes, rolled back): %d.%n", Retry.RETRIES.get()));
        md.append(String.format(Locale.ROOT, "%nLargest R meeting the goal: **%s**.%n",
                largest == 0 ? "none of the levels run met it" : Integer.toString(largest)));
        Files.writeString(Outcome.dir().resolve("signaling.md"), md.toString());
        String atGoal = all.stream().filter(l -> l.get(0).rooms() == goalRooms).findFirst()
                .map(l -> String.format(Locale.ROOT, "; at R = %d: relay p99 %s ms, %d lost", goalRooms,
                        Stats.spread(l.stream().mapToDouble(r -> r.p(0.99)).toArray(), "%.2f"),
                        l.stream().mapToLong(r -> r.tally().lost()).sum()))
                .orElse("");
        Files.writeString(Outcome.dir().resolve("signaling.goal.md"), String.format(Locale.ROOT,
                "| Signaling load | R ≥ %d defenses of 8 with relay p99 ≤ %.0f ms and nothing lost"
                        + " | largest R meeting it: %s%s | %s |%n",
                goalRooms, goalMillis, largest > 0 ? Integer.toString(largest) : "none of R = " + all.stream()
                        .map(l -> Integer.toString(l.get(0).rooms())).collect(java.util.stream.Collectors.joining(", ")),
                atGoal, largest >= goalRooms ? "met" : "**missed**"));
    }

    // ---------------------------------------------------------------- helpers

    private <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        return Parallel.all(setup, tasks);
    }

    private static Api.Reply expect(int status, Api.Reply reply, String what) {
        if (reply.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + reply);
        }
        return reply;
    }
}
