package viva.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A running server JVM seen from outside: its CPU time and resident memory (Linux /proc) and its
 * heap (the JDK's jcmd, which attaches to the JVM).
 */
public final class ServerProbe {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final ProcessHandle process;

    private ServerProbe(ProcessHandle process) {
        this.process = process;
    }

    public static Optional<ServerProbe> of(long pid) {
        return ProcessHandle.of(pid).map(ServerProbe::new);
    }

    /** The JVM whose pid Liberty wrote to the file (wlp/usr/servers/.pid/NAME.pid), if it runs. */
    public static Optional<ServerProbe> fromPidFile(String file) {
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        try {
            return of(Long.parseLong(Files.readString(Path.of(file)).strip()));
        } catch (IOException | NumberFormatException e) {
            System.out.println("no server pid in " + file + " (" + e + "): server CPU and memory are not reported");
            return Optional.empty();
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** CPU time used so far, user and system. */
    public Duration cpu() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Resident set size in bytes, or 0 when /proc cannot tell. */
    public long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process has gone
        }
        return 0;
    }

    /**
     * Heap in use, in bytes, from {@code jcmd PID GC.heap_info}; after a full collection first
     * when {@code afterGc} (then it is the live data), or -1 when jcmd could not tell.
     */
    public long heapUsed(boolean afterGc) {
        if (afterGc) {
            jcmd("GC.run");
        }
        Matcher used = USED.matcher(jcmd("GC.heap_info"));
        return used.find() ? Long.parseLong(used.group(1)) * 1024 : -1;
    }

    private String jcmd(String command) {
        String java = System.getProperty("java.home");
        Path tool = Path.of(java, "bin", "jcmd");
        try {
            Process p = new ProcessBuilder(Files.exists(tool) ? tool.toString() : "jcmd",
                    Long.toString(process.pid()), command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /**
     * Waits until the server answers UP on /health/ready: Liberty reports itself started before
     * the application is.
     */
    public static void awaitReady(String baseUrl, Duration timeout) throws InterruptedException {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        java.net.http.HttpRequest ready = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(baseUrl + "/health/ready")).timeout(Duration.ofSeconds(5)).GET().build();
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            try {
                var reply = http.send(ready, java.net.http.HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() == 200 && reply.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(baseUrl + " was not ready within " + timeout.toSeconds() + " s");
    }

    /** The machine's load average over the last minute (Linux), or -1. */
    public static double loadAverage() {
        return loadAverage(1);
    }

    /** The machine's load average over the last 1, 5 or 15 minutes (Linux), or -1. */
    public static double loadAverage(int minutes) {
        int field = minutes >= 15 ? 2 : minutes >= 5 ? 1 : 0;
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[field]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
