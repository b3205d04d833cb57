package viva.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import viva.system.Refusal;

class BackupServiceTest {

    private static BackupService on(String url, String backupDir) {
        BackupService service = new BackupService();
        service.clock = Clock.systemUTC();
        service.databaseFolder = Optional.of("/srv/viva/viva-db");
        service.databaseUrl = Optional.ofNullable(url);
        service.backupFolder = Optional.ofNullable(backupDir);
        return service;
    }

    @Test
    void onPostgresqlTheAnswerIsToUsePgDump() {
        BackupService service = on("jdbc:postgresql://db.example.org:5432/viva", null);
        assertTrue(service.onPostgres());
        Refusal refusal = assertThrows(Refusal.class, service::make);
        assertEquals(Refusal.Kind.CONFLICT, refusal.kind());
        assertEquals("use_pg_dump", refusal.code());
    }

    @Test
    void embeddedDerbyIsBackedUpBesideTheDatabaseUnlessAFolderIsNamed() {
        assertFalse(on(null, null).onPostgres());
        assertFalse(on("  ", null).onPostgres());
        assertEquals(Path.of("/srv/viva/viva-db-backups"), on(null, null).folder().path());
        assertEquals(Path.of("/backups/viva"), on(null, "/backups/viva").folder().path());
    }
}
