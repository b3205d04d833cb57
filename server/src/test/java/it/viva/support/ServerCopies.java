package it.viva.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Copies of a Liberty test server made by a test for a server of its own (another port, another
 * database, other settings): the configuration and the application, not the logs or the state.
 */
public final class ServerCopies {

    private static final List<String> LEFT_BEHIND = List.of("logs", "workarea", "tranlog", "messaging");

    private ServerCopies() {
    }

    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                String first = relative.getNameCount() > 0 ? relative.getName(0).toString() : "";
                if (LEFT_BEHIND.contains(first)) {
                    continue;
                }
                Path copy = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }

    /** The properties with {@code values} in place of the same keys' lines. */
    public static String rewrite(String properties, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (String line : properties.split("\n")) {
            String key = line.contains("=") ? line.substring(0, line.indexOf('=')).strip() : "";
            if (!values.containsKey(key)) {
                out.append(line).append('\n');
            }
        }
        values.forEach((key, value) -> out.append(key).append('=').append(value.replace("\\", "/")).append('\n'));
        return out.toString();
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
