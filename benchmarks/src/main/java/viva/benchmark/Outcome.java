package viva.benchmark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How a benchmark main ends inside the Maven build: a failure is written to a marker file rather
 * than thrown, so that the phases after it still run (the benchmark server is stopped, the page
 * is written); {@code --check} then fails the build if any marker exists.
 */
public final class Outcome {

    /** The body of a benchmark main. */
    public interface Body {
        void run() throws Exception;
    }

    private Outcome() {
    }

    /** The folder the benchmarks write to (-Dbenchmarks.dir, default target/benchmarks). */
    public static Path dir() {
        return Path.of(System.getProperty("benchmarks.dir", "target/benchmarks"));
    }

    public static Path marker(String name) {
        return dir().resolve(name + ".FAILED");
    }

    /**
     * Runs the benchmark; on failure prints the trace and keeps it in NAME.FAILED. Its outputs of an
     * earlier run (NAME.md, NAME.goal.md) go first; those of benchmarks left out of this build stay,
     * so that a page can show runs made one after the other (each section says when it was measured).
     */
    public static void record(String name, Body body) throws Exception {
        Path marker = marker(name);
        Files.createDirectories(dir());
        Files.deleteIfExists(marker);
        Files.deleteIfExists(dir().resolve(name + ".md"));
        Files.deleteIfExists(dir().resolve(name + ".goal.md"));
        try {
            body.run();
        } catch (Throwable e) {
            e.printStackTrace();
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            Files.writeString(marker, trace.toString());
        }
    }

    /** The failures recorded so far, as "name: first line". */
    public static List<String> failures() throws Exception {
        List<String> failed = new ArrayList<>();
        if (!Files.isDirectory(dir())) {
            return failed;
        }
        try (Stream<Path> files = Files.list(dir())) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".FAILED")).sorted().toList()) {
                String text = Files.readString(p).strip();
                String name = p.getFileName().toString().replace(".FAILED", "");
                failed.add(name + ": " + (text.contains("\n") ? text.substring(0, text.indexOf('\n')) : text));
            }
        }
        return failed;
    }

    /** Fails (exit status 1) when any benchmark recorded a failure. */
    public static void main(String[] args) throws Exception {
        List<String> failed = failures();
        if (!failed.isEmpty()) {
            throw new IllegalStateException("benchmarks failed (see " + dir() + "): " + String.join("; ", failed));
        }
    }
}
