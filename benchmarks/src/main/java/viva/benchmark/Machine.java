package viva.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The machine the benchmarks run on, read at run time (Linux /proc and /etc/os-release). */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        return String.format(Locale.ROOT, "%d processors (%s), %s of memory; %s, kernel %s; %s %s (%s)",
                Runtime.getRuntime().availableProcessors(), cpuModel(), memory(), os(),
                System.getProperty("os.version"), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vendor"));
    }

    private static String cpuModel() {
        return lines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("CPU model unknown");
    }

    private static String memory() {
        return lines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:")).findFirst()
                .map(l -> String.format(Locale.ROOT, "%.1f GiB",
                        Long.parseLong(l.replaceAll("[^0-9]", "")) / 1048576.0))
                .orElse("an unknown amount");
    }

    private static String os() {
        return lines(Path.of("/etc/os-release")).stream().filter(l -> l.startsWith("PRETTY_NAME="))
                .findFirst().map(l -> l.substring("PRETTY_NAME=".length()).replace("\"", ""))
                .orElse(System.getProperty("os.name"));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
