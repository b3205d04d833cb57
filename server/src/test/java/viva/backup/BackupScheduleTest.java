package viva.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackupScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static BackupSchedule at(String time, ZoneId zone) {
        return BackupSchedule.parse(Optional.of(time), zone).orElseThrow();
    }

    @Test
    void laterTheSameDayWhenTheTimeIsStillAhead() {
        // 01:00 in Shanghai (UTC+8) is 17:00 UTC the day before.
        Instant now = Instant.parse("2026-04-11T17:00:00Z");
        assertEquals(Instant.parse("2026-04-11T18:30:00Z"), at("02:30", SHANGHAI).nextAfter(now));
    }

    @Test
    void theNextDayOnceTheTimeHasPassedOrIsNow() {
        BackupSchedule schedule = at("02:30", SHANGHAI);
        assertEquals(Instant.parse("2026-04-12T18:30:00Z"), schedule.nextAfter(Instant.parse("2026-04-11T18:30:00Z")));
        assertEquals(Instant.parse("2026-04-12T18:30:00Z"), schedule.nextAfter(Instant.parse("2026-04-11T20:00:00Z")));
    }

    @Test
    void followsTheZonesClockAcrossDaylightSaving() {
        BackupSchedule schedule = at("02:30", BERLIN);
        // 29 March 2026: Berlin's clocks jump from 02:00 to 03:00, so 02:30 does not exist; the run is at 03:30 CEST.
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), schedule.nextAfter(Instant.parse("2026-03-28T12:00:00Z")));
        // The day after, 02:30 CEST is 00:30 UTC, an hour earlier in UTC than before the change.
        assertEquals(Instant.parse("2026-03-30T00:30:00Z"), schedule.nextAfter(Instant.parse("2026-03-29T12:00:00Z")));
        assertEquals(Instant.parse("2026-03-28T01:30:00Z"), schedule.nextAfter(Instant.parse("2026-03-27T12:00:00Z")));
    }

    @Test
    void unsetOrBlankMeansNoDailyBackupAndNonsenseIsRefused() {
        assertTrue(BackupSchedule.parse(Optional.empty(), SHANGHAI).isEmpty());
        assertTrue(BackupSchedule.parse(Optional.of("  "), SHANGHAI).isEmpty());
        assertEquals(LocalTime.of(23, 5), at(" 23:05 ", SHANGHAI).at());
        assertThrows(IllegalArgumentException.class, () -> BackupSchedule.parse(Optional.of("25:00"), SHANGHAI));
        assertThrows(IllegalArgumentException.class, () -> BackupSchedule.parse(Optional.of("nightly"), SHANGHAI));
    }
}
