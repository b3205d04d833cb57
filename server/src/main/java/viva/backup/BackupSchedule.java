package viva.backup;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** When the daily backup runs: a time of day ({@code HH:mm}) in a zone. */
public record BackupSchedule(LocalTime at, ZoneId zone) {

    /** The schedule that {@code VIVA_BACKUP_TIME} names, or none when unset or blank. */
    public static Optional<BackupSchedule> parse(Optional<String> time, ZoneId zone) {
        String text = time.map(String::strip).orElse("");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BackupSchedule(LocalTime.parse(text), zone));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("VIVA_BACKUP_TIME is not a time of day (HH:mm): " + text);
        }
    }

    /**
     * The first moment after {@code now} at which the clock in the zone shows {@link #at}; on a
     * day that skips that time (daylight saving), the moment after the gap.
     */
    public Instant nextAfter(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime candidate = local.toLocalDate().atTime(at).atZone(zone);
        if (!candidate.toInstant().isAfter(now)) {
            candidate = local.toLocalDate().plusDays(1).atTime(at).atZone(zone);
        }
        return candidate.toInstant();
    }
}
