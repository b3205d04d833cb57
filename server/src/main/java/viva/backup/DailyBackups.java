package viva.backup;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily backup at {@code VIVA_BACKUP_TIME} ({@code HH:mm} in the server's time zone), keeping
 * the newest {@code VIVA_BACKUP_KEEP} daily backups. Unset, there is none; on PostgreSQL neither.
 */
@ApplicationScoped
public class DailyBackups {

    private static final Logger LOG = Logger.getLogger(DailyBackups.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    BackupService backups;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "viva.backup.time")
    Optional<String> time;

    @Inject
    @ConfigProperty(name = "viva.backup.keep", defaultValue = "7")
    String keepText;

    private int keep;

    private volatile BackupSchedule schedule;
    private volatile ScheduledFuture<?> next;

    void start(@Observes Startup startup) {
        try {
            schedule = BackupSchedule.parse(time, ZoneId.systemDefault()).orElse(null);
        } catch (IllegalArgumentException e) {
            LOG.severe(e.getMessage() + "; no daily backup");
            return;
        }
        if (schedule == null) {
            return;
        }
        if (backups.onPostgres()) {
            LOG.info("VIVA_BACKUP_TIME is ignored on PostgreSQL: back the database up with pg_dump");
            return;
        }
        try {
            keep = Integer.parseInt(keepText.strip());
        } catch (NumberFormatException e) {
            keep = 0;
        }
        if (keep < 1) {
            LOG.severe("VIVA_BACKUP_KEEP must be a whole number of at least 1, not " + keepText + "; no daily backup");
            return;
        }
        LOG.info("Daily backups at " + schedule.at() + " (" + schedule.zone() + ") into " + backups.folder().path()
                + ", keeping " + keep);
        scheduleNext();
    }

    private void scheduleNext() {
        Instant now = clock.instant();
        long delay = Duration.between(now, schedule.nextAfter(now)).toMillis();
        next = scheduler.schedule(this::run, Math.max(delay, 0), TimeUnit.MILLISECONDS);
    }

    void run() {
        try {
            Backup backup = backups.make(BackupFolder.DAILY);
            List<Path> deleted = backups.folder().prune(BackupFolder.DAILY, keep);
            LOG.info("Daily backup " + backup.file() + " (" + backup.bytes() + " bytes, head " + backup.head()
                    + "); deleted " + deleted.size() + " older");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The daily backup failed", e);
        } finally {
            scheduleNext();
        }
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> task = next;
        if (task != null) {
            task.cancel(false);
        }
    }
}
