package viva.round;

import viva.defense.QuorumRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleCalendarTest {

    private static final ScheduleCalendar CALENDAR = new ScheduleCalendar(ZoneId.of("Asia/Shanghai"),
            LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 18),
            List.of(new ScheduleCalendar.Window(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                    new ScheduleCalendar.Window(LocalTime.of(14, 30), LocalTime.of(18, 0))),
            Set.of(LocalDate.of(2026, 12, 12), LocalDate.of(2026, 12, 13)), 5);

    private static TimeSpan at(String localTime, int minutes) {
        return TimeSpan.of(OffsetDateTime.parse(localTime + "+08:00").toInstant(), minutes);
    }

    @Test
    void aCalendarFromAMomentOffersNoEarlierStart() {
        Instant now = OffsetDateTime.parse("2026-12-08T10:02:00+08:00").toInstant();
        List<Instant> starts = CALENDAR.notBefore(now).starts(30, 5);
        assertEquals(OffsetDateTime.parse("2026-12-08T10:05:00+08:00").toInstant(), starts.get(0));
        assertTrue(starts.stream().noneMatch(s -> s.isBefore(now)));
        assertEquals(CALENDAR.starts(30, 5).stream().filter(s -> !s.isBefore(now)).toList(), starts,
                "only the earlier starts are left out");
    }

    @Test
    void aDefenseInsideOneWindowFits() {
        assertTrue(CALENDAR.fits(at("2026-12-07T09:00:00", 30)));
        assertTrue(CALENDAR.fits(at("2026-12-07T11:30:00", 30)), "ending exactly at the window's close");
        assertTrue(CALENDAR.fits(at("2026-12-18T17:30:00", 30)));
    }

    @Test
    void theEndMustStayInsideTheWindow() {
        assertTrue(CALENDAR.problem(at("2026-12-07T11:45:00", 30)).orElseThrow().contains("daily window"));
        assertFalse(CALENDAR.fits(at("2026-12-07T12:30:00", 30)), "between the windows");
        assertFalse(CALENDAR.fits(at("2026-12-07T08:50:00", 30)), "before opening");
    }

    @Test
    void excludedDatesAndDaysOutsideThePeriodAreRefused() {
        assertTrue(CALENDAR.problem(at("2026-12-12T09:00:00", 30)).orElseThrow().contains("excluded"));
        assertTrue(CALENDAR.problem(at("2026-12-19T09:00:00", 30)).orElseThrow().contains("period"));
        assertTrue(CALENDAR.problem(at("2026-12-06T09:00:00", 30)).orElseThrow().contains("period"));
    }

    @Test
    void timesAreReadInTheRoundsZone() {
        // 01:00 UTC is 09:00 in Shanghai.
        assertTrue(CALENDAR.fits(TimeSpan.of(Instant.parse("2026-12-07T01:00:00Z"), 30)));
        assertFalse(CALENDAR.fits(TimeSpan.of(Instant.parse("2026-12-07T05:00:00Z"), 30)), "13:00 in Shanghai");
    }

    @Test
    void daysLeaveOutExcludedDatesAndStartsFitTheirLength() {
        assertEquals(10, CALENDAR.days().size());
        List<Instant> starts = CALENDAR.starts(30, 5);
        assertEquals(10 * (31 + 37), starts.size());
        assertTrue(starts.stream().allMatch(s -> CALENDAR.fits(TimeSpan.of(s, 30))));
    }

    @Test
    void spansClashWhenCloserThanTheChangeover() {
        TimeSpan first = at("2026-12-07T09:00:00", 30);
        assertTrue(first.clashes(at("2026-12-07T09:20:00", 30), 5));
        assertTrue(first.clashes(at("2026-12-07T09:34:00", 30), 5));
        assertFalse(first.clashes(at("2026-12-07T09:35:00", 30), 5));
        assertFalse(at("2026-12-07T09:35:00", 30).clashes(first, 5));
        assertTrue(first.clashes(at("2026-12-07T08:26:00", 30), 5));
        assertFalse(first.clashes(at("2026-12-07T08:25:00", 30), 5));
    }

    @Test
    void quorumIsTheCeilingOfTwoThirds() {
        assertEquals(4, QuorumRule.TWO_THIRDS.required(5));
        assertEquals(4, QuorumRule.TWO_THIRDS.required(6));
        assertEquals(5, QuorumRule.TWO_THIRDS.required(7));
        assertEquals(6, QuorumRule.TWO_THIRDS.required(8));
        assertEquals(6, QuorumRule.TWO_THIRDS.required(9));
        assertEquals(6, QuorumRule.parse("3/4").required(7));
    }
}
