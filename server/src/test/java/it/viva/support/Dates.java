package it.viva.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests are written against one calendar: a round from Monday 2026-12-07 to Friday 2026-12-18
 * with the weekend 12–13 excluded. Viva refuses defenses in the past, so every such date a test
 * sends or expects goes through {@link #shifted}, which moves it by whole weeks to lie at least a
 * week ahead of today: weekdays, weekends and the distances between dates stay as written.
 */
public final class Dates {

    static final LocalDate WRITTEN_MONDAY = LocalDate.of(2026, 12, 7);
    private static final Pattern WRITTEN = Pattern.compile("2026-12-(\\d{2})");
    private static final long SHIFT_DAYS = shiftDays(LocalDate.now(ZoneId.of("Asia/Shanghai")));

    private Dates() {
    }

    /** Whole weeks from the written calendar to a Monday at least seven days after {@code today}. */
    static long shiftDays(LocalDate today) {
        long weeks = Math.max(0, (ChronoUnit.DAYS.between(WRITTEN_MONDAY, today.plusDays(7)) + 6) / 7);
        LocalDate monday = WRITTEN_MONDAY.plusWeeks(weeks);
        assert monday.getDayOfWeek() == DayOfWeek.MONDAY;
        return ChronoUnit.DAYS.between(WRITTEN_MONDAY, monday);
    }

    /** The text with every date of December 2026 in it moved to the real calendar of this run. */
    public static String shifted(String text) {
        Matcher m = WRITTEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            LocalDate date = LocalDate.of(2026, 12, Integer.parseInt(m.group(1))).plusDays(SHIFT_DAYS);
            m.appendReplacement(out, date.toString());
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The year the shifted calendar lies in, for a round's {@code year}. */
    public static int year() {
        return LocalDate.parse(shifted("2026-12-07")).getYear();
    }
}
