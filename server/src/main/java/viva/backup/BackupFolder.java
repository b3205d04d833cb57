package viva.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder backups are written to: each file named by its kind and the UTC time it was made
 * ({@code viva-backup-20260412T023000Z.zip}, {@code viva-daily-…}), so that names sort by age.
 */
public final class BackupFolder {

    /** A backup asked for through the API: kept until someone deletes it. */
    public static final String ON_REQUEST = "viva-backup-";
    /** A daily backup: only the newest few are kept. */
    public static final String DAILY = "viva-daily-";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;

    public BackupFolder(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public Path path() {
        return folder;
    }

    /** Reserves a new, empty file for a backup of that kind, named by the clock's time (a suffix if taken). */
    public Path reserve(String kind) {
        try {
            Files.createDirectories(folder);
            String stamp = STAMP.format(clock.instant());
            for (int n = 1; ; n++) {
                Path file = folder.resolve(kind + stamp + (n == 1 ? "" : "-" + n) + ".zip");
                try {
                    return Files.createFile(file);
                } catch (FileAlreadyExistsException taken) {
                    // two backups in the same second: the next suffix
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes all but the newest {@code keep} backups of that kind; answers the files deleted. */
    public List<Path> prune(String kind, int keep) {
        List<Path> backups = list(kind);
        List<Path> deleted = new ArrayList<>();
        for (Path old : backups.subList(0, Math.max(0, backups.size() - Math.max(keep, 0)))) {
            try {
                Files.deleteIfExists(old);
                deleted.add(old);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return deleted;
    }

    /** The backups of that kind, oldest first. */
    public List<Path> list(String kind) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(kind) && name.endsWith(".zip") && Files.isRegularFile(f);
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
