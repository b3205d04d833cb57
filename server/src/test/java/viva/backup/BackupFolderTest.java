package viva.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupFolderTest {

    @TempDir
    Path folder;

    private BackupFolder at(String instant) {
        return new BackupFolder(folder, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).toList();
    }

    @Test
    void namesABackupByItsKindAndUtcTimeAndNeverReusesAName() {
        BackupFolder folder = at("2026-04-12T02:30:00.250Z");
        assertEquals("viva-daily-20260412T023000Z.zip", folder.reserve(BackupFolder.DAILY).getFileName().toString());
        assertEquals("viva-daily-20260412T023000Z-2.zip", folder.reserve(BackupFolder.DAILY).getFileName().toString());
        assertEquals("viva-backup-20260412T023000Z.zip",
                folder.reserve(BackupFolder.ON_REQUEST).getFileName().toString());
    }

    @Test
    void keepsTheNewestDailyBackupsAndLeavesOthersAlone() throws IOException {
        for (int day = 1; day <= 9; day++) {
            at("2026-04-0" + day + "T02:30:00Z").reserve(BackupFolder.DAILY);
        }
        Path asked = at("2026-04-01T10:00:00Z").reserve(BackupFolder.ON_REQUEST);
        Path unrelated = Files.writeString(folder.resolve("notes.txt"), "kept");

        List<Path> deleted = at("2026-04-09T02:31:00Z").prune(BackupFolder.DAILY, 7);

        assertEquals(List.of("viva-daily-20260401T023000Z.zip", "viva-daily-20260402T023000Z.zip"), names(deleted));
        List<String> kept = names(at("2026-04-09T02:31:00Z").list(BackupFolder.DAILY));
        assertEquals(7, kept.size());
        assertEquals("viva-daily-20260403T023000Z.zip", kept.get(0));
        assertEquals("viva-daily-20260409T023000Z.zip", kept.get(6));
        assertTrue(Files.exists(asked), "a backup asked for through the API is not pruned");
        assertTrue(Files.exists(unrelated));
    }

    @Test
    void fewerThanTheLimitAreAllKept() {
        at("2026-04-01T02:30:00Z").reserve(BackupFolder.DAILY);
        at("2026-04-02T02:30:00Z").reserve(BackupFolder.DAILY);
        assertEquals(List.of(), at("2026-04-02T03:00:00Z").prune(BackupFolder.DAILY, 7));
        assertEquals(2, at("2026-04-02T03:00:00Z").list(BackupFolder.DAILY).size());
    }
}
