package viva.benchmark.startup;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import viva.benchmark.Outcome;
import viva.benchmark.Ratio;
import viva.benchmark.Stats;

/**
 * Start-up against an empty application: the benchmark server (Viva's WAR and configuration) and,
 * on the same Liberty, a server with the same features and an empty WAR, each started with
 * Liberty's own {@code server run} and timed from launch to {@code /health/ready} answering UP, one
 * after the other. Without Maven on either side, the difference is what Viva's application adds.
 *
 * <p>System properties ({@code startup.floor.*}): {@code runs} (default 3), {@code wlpDir},
 * {@code server} (default viva-bench), {@code httpPort}, {@code httpsPort}, {@code goalSeconds}
 * (4: Viva ready within the floor plus this).
 */
public final class StartupFloor {

    private static final String EMPTY = "viva-empty";

    private final Path wlp = Path.of(System.getProperty("startup.floor.wlpDir", "target/liberty/wlp"));
    private final String viva = System.getProperty("startup.floor.server", "viva-bench");
    private final String httpPort = System.getProperty("startup.floor.httpPort", "19580");
    private final String httpsPort = System.getProperty("startup.floor.httpsPort", "19943");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) throws Exception {
        Outcome.record("startup-floor", () -> new StartupFloor().run());
    }

    private void run() throws Exception {
        createEmptyServer();
        int runs = Integer.getInteger("startup.floor.runs", 3);
        List<Double> floor = new ArrayList<>();
        List<Double> withViva = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            floor.add(start(EMPTY, r));
            withViva.add(start(viva, r));
        }
        write(floor, withViva);
    }

    /** The same feature list as Viva's servers (viva-common.xml), the same ports, an empty WAR. */
    private void createEmptyServer() throws Exception {
        Path dir = wlp.resolve("usr/servers/" + EMPTY);
        Files.createDirectories(dir.resolve("apps"));
        String common = Files.readString(wlp.resolve("usr/servers/" + viva + "/viva-common.xml"));
        Matcher features = Pattern.compile("(?s)<featureManager>.*?</featureManager>").matcher(common);
        if (!features.find()) {
            throw new IllegalStateException("no featureManager in " + viva + "/viva-common.xml");
        }
        Files.writeString(dir.resolve("server.xml"), "<server description=\"the start-up floor\">\n  "
                + features.group() + "\n  <httpEndpoint id=\"defaultHttpEndpoint\" host=\"*\" httpPort=\"${http.port}\""
                + " httpsPort=\"${https.port}\"/>\n  <webApplication id=\"empty\" location=\"empty.war\""
                + " contextRoot=\"/\"/>\n</server>\n");
        Files.writeString(dir.resolve("bootstrap.properties"), "http.port=" + httpPort + "\nhttps.port=" + httpsPort
                + "\n");
        try (OutputStream out = Files.newOutputStream(dir.resolve("apps/empty.war"));
                ZipOutputStream war = new ZipOutputStream(out)) {
            war.putNextEntry(new ZipEntry("index.html"));
            war.write("<!DOCTYPE html><title>empty</title>".getBytes(StandardCharsets.UTF_8));
            war.closeEntry();
        }
    }

    private double start(String server, int run) throws Exception {
        Path log = Outcome.dir().resolve("startup-floor-" + server + "-" + run + ".log").toAbsolutePath();
        awaitFree();
        long launched = System.nanoTime();
        Process liberty = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", server)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitReady(liberty, log);
            double seconds = (System.nanoTime() - launched) / 1e9;
            System.out.printf(Locale.ROOT, "%s, run %d: ready after %.1f s%n", server, run, seconds);
            return seconds;
        } finally {
            Process stop = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", server)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            stop.waitFor(120, TimeUnit.SECONDS);
            if (!liberty.waitFor(60, TimeUnit.SECONDS)) {
                liberty.descendants().forEach(ProcessHandle::destroyForcibly);
                liberty.destroyForcibly();
                liberty.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private void awaitReady(Process liberty, Path log) throws Exception {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long until = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < until) {
            if (!liberty.isAlive()) {
                throw new IllegalStateException("the server ended (exit " + liberty.exitValue() + ") before it was"
                        + " ready; see " + log);
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
        throw new IllegalStateException("not ready within 240 s; see " + log);
    }

    private void awaitFree() throws Exception {
        FreePort.await(http, httpPort);
    }

    private void write(List<Double> floor, List<Double> withViva) throws Exception {
        double goal = Double.parseDouble(System.getProperty("startup.floor.goalSeconds", "4"));
        double[] f = floor.stream().mapToDouble(Double::doubleValue).toArray();
        double[] v = withViva.stream().mapToDouble(Double::doubleValue).toArray();
        double[] ratios = new double[Math.min(f.length, v.length)];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = v[i] / f[i];
        }
        double over = Stats.median(v) - Stats.median(f);
        Files.writeString(Outcome.dir().resolve("startup-floor.md"), String.format(Locale.ROOT, "%d runs, one after"
                        + " the other on the same Liberty (`%s`): `bin/server run %s` (the benchmark server: Viva's WAR"
                        + " and configuration, its Derby database as the benchmarks left it) and `bin/server run %s`"
                        + " (the floor: the features of `viva-common.xml`, an empty WAR); from launch to"
                        + " `/health/ready` answering UP, polled every 100 ms. No Maven on either side.%n%n"
                        + "| server | to ready, s |%n|---|---|%n| Viva | %s |%n| floor (empty WAR) | %s |%n", f.length,
                wlp.normalize(), viva, EMPTY, Stats.spread(v, "%.1f"), Stats.spread(f, "%.1f")));
        Files.writeString(Outcome.dir().resolve("startup-floor.goal.md"), String.format(Locale.ROOT,
                "| Start-up, Liberty to /health/ready UP | Viva %s s; floor %s s (Viva %+.1f s) | %s | ≤ floor + %.0f s | %s"
                        + " | README command ≤ 15 s: see below |%n", Stats.spread(v, "%.1f"), Stats.spread(f, "%.1f"),
                over, Ratio.of(Stats.median(v) / Stats.median(f), ratios), goal, over <= goal ? "met" : "**missed**"));
    }
}
