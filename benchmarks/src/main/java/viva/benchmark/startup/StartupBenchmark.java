package viva.benchmark.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import viva.benchmark.Outcome;
import viva.benchmark.ServerProbe;
import viva.benchmark.Stats;

/**
 * The README's run command, timed: from launching {@code mvn -pl server liberty:run} (after the
 * install step) to {@code /health/ready} answering UP, then the heap in use after a full
 * collection. Each run starts on an empty database (the first start, which loads the demo data)
 * and then once more on the same database (a restart). The server is stopped with Liberty's
 * {@code server stop} after each start, and no Liberty JVM is left behind.
 *
 * <p>System properties ({@code startup.*}): {@code runs} (default 3), {@code command} (default
 * "mvn -B -o -pl server liberty:run"), {@code root} (where the command runs), {@code wlpDir},
 * {@code httpPort}, {@code httpsPort}, {@code timeoutSeconds} (default 240), {@code goalSeconds}
 * (15), {@code goalHeapMb} (300).
 */
public final class StartupBenchmark {

    record Start(double seconds, long heapAfterGc, long rss) {
    }

    private final String command = System.getProperty("startup.command", "mvn -B -o -pl server liberty:run");
    private final Path root = Path.of(System.getProperty("startup.root", ".."));
    /** The run command's Liberty is the server module's, not this module's. */
    private final Path wlp = Path.of(System.getProperty("startup.wlpDir", "../server/target/liberty/wlp"));
    private final String httpPort = System.getProperty("startup.httpPort", "19580");
    private final String httpsPort = System.getProperty("startup.httpsPort", "19943");
    private final Duration timeout = Duration.ofSeconds(Integer.getInteger("startup.timeoutSeconds", 240));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) throws Exception {
        Outcome.record("startup", () -> new StartupBenchmark().run());
    }

    private void run() throws Exception {
        int runs = Integer.getInteger("startup.runs", 3);
        List<Start> first = new ArrayList<>();
        List<Start> again = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            Path db = Outcome.dir().resolve("startup-db-" + r).toAbsolutePath();
            first.add(start(db, "run " + r + " first start"));
            again.add(start(db, "run " + r + " restart"));
        }
        write(first, again);
    }

    private Start start(Path db, String label) throws Exception {
        Path log = Outcome.dir().resolve(label.replace(' ', '-') + ".log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(Arrays.asList(command.split("\\s+")))
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("HTTP_PORT", httpPort);
        builder.environment().put("HTTPS_PORT", httpsPort);
        builder.environment().put("VIVA_DB_DIR", db.toString());
        awaitFree();
        long launched = System.nanoTime();
        Process maven = builder.start();
        // If this build is stopped meanwhile, the server it launched goes too.
        Thread cleanup = new Thread(() -> {
            try {
                stop(maven);
            } catch (Exception e) {
                maven.descendants().forEach(ProcessHandle::destroyForcibly);
            }
        });
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            awaitReady(maven, log);
            double seconds = (System.nanoTime() - launched) / 1e9;
            Optional<ServerProbe> server = serverJvm(maven);
            long heap = server.map(s -> s.heapUsed(true)).orElse(-1L);
            long rss = server.map(ServerProbe::rss).orElse(0L);
            System.out.printf(Locale.ROOT, "%s: ready after %.1f s, heap after GC %d MB, RSS %d MB%n", label,
                    seconds, heap >> 20, rss >> 20);
            return new Start(seconds, heap, rss);
        } finally {
            stop(maven);
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }
    }

    /** The Liberty JVM that the run command started (in the foreground, Liberty writes no pid file). */
    private static Optional<ServerProbe> serverJvm(Process maven) {
        Optional<ServerProbe> jvm = maven.descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ws-server.jar")).orElse(false))
                .findFirst().flatMap(p -> ServerProbe.of(p.pid()));
        if (jvm.isEmpty()) {
            System.out.println("no Liberty JVM found under the run command: its memory is not reported");
        }
        return jvm;
    }

    private void awaitReady(Process maven, Path log) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() < until) {
            if (!maven.isAlive()) {
                throw new IllegalStateException("the run command ended (exit " + maven.exitValue()
                        + ") before the server was ready; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    /** Liberty's own stop, then the run command ends by itself; anything left is ended by force. */
    private void stop(Process maven) throws Exception {
        Process stop = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", "viva")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        stop.waitFor(120, TimeUnit.SECONDS);
        if (!maven.waitFor(60, TimeUnit.SECONDS)) {
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly();
            maven.waitFor(30, TimeUnit.SECONDS);
        }
        maven.descendants().forEach(ProcessHandle::destroyForcibly);
        awaitFree();
    }

    private void awaitFree() throws Exception {
        FreePort.await(http, httpPort);
    }

    private void write(List<Start> first, List<Start> again) throws Exception {
        double goalSeconds = Double.parseDouble(System.getProperty("startup.goalSeconds", "15"));
        double goalHeap = Double.parseDouble(System.getProperty("startup.goalHeapMb", "300"));
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%d runs of `%s` from the repository root with `HTTP_PORT=%s`,"
                        + " `HTTPS_PORT=%s` and `VIVA_DB_DIR` set to a folder of the run; each run starts on an"
                        + " empty database (the first start, with the demo data loaded) and then again on the same"
                        + " database. Time from launching the command to `/health/ready` answering UP (polled"
                        + " every 100 ms); heap in use after a full collection (`jcmd PID GC.run`, then"
                        + " `GC.heap_info`), JVM defaults (no -Xmx).%n%n", first.size(), command, httpPort,
                httpsPort));
        md.append("| start | to ready, s | heap after GC, MB | RSS, MB |\n|---|---|---|---|\n");
        md.append(row("first start (empty database, demo data)", first));
        md.append(row("restart (same database)", again));
        Files.writeString(Outcome.dir().resolve("startup.md"), md.toString());
        double[] seconds = first.stream().mapToDouble(Start::seconds).toArray();
        double[] restart = again.stream().mapToDouble(Start::seconds).toArray();
        double[] heap = first.stream().mapToDouble(s -> s.heapAfterGc() / 1048576.0).toArray();
        Files.writeString(Outcome.dir().resolve("startup.goal.md"), String.format(Locale.ROOT,
                "| Start-up, time | ≤ %.0f s to /health/ready UP | first start %s s, restart %s s | %s |%n"
                        + "| Start-up, heap | ≤ %.0f MB after start | %s MB (after GC) | %s |%n",
                goalSeconds, Stats.spread(seconds, "%.1f"), Stats.spread(restart, "%.1f"),
                Stats.median(seconds) <= goalSeconds && Stats.median(restart) <= goalSeconds ? "met" : "**missed**",
                goalHeap, Stats.spread(heap, "%.0f"),
                Stats.min(heap) < 0 ? "not measured" : Stats.median(heap) <= goalHeap ? "met" : "**missed**"));
    }

    private static String row(String what, List<Start> starts) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", what,
                Stats.spread(starts.stream().mapToDouble(Start::seconds).toArray(), "%.1f"),
                Stats.spread(starts.stream().mapToDouble(s -> s.heapAfterGc() / 1048576.0).toArray(), "%.0f"),
                Stats.spread(starts.stream().mapToDouble(s -> s.rss() / 1048576.0).toArray(), "%.0f"));
    }
}
