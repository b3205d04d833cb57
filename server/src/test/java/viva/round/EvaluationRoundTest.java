package viva.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import viva.catalog.TitleLevel;

class EvaluationRoundTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void keepsWindowsInDayOrderAndExcludedDatesSorted() {
        EvaluationRound round = Rounds.december2026();
        assertEquals(LocalTime.of(9, 0), round.dailyWindows().get(0).from());
        assertEquals(List.of(LocalDate.of(2026, 12, 12), LocalDate.of(2026, 12, 13)), round.excludedDates());
        assertEquals(30, round.stageMinutes(TitleLevel.SENIOR).total());
    }

    @Test
    void refusesAReversedPeriod() {
        RoundRuleException e = assertThrows(RoundRuleException.class, () -> new EvaluationRound("r", 2026, SHANGHAI,
                LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 7), windows(), Rounds.stages(), 5, List.of(), NOW));
        assertEquals("period_reversed", e.code());
    }

    @Test
    void aPeriodLastsAtMostAYear() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        new EvaluationRound("r", 2026, SHANGHAI, from, from.plusDays(366), windows(), Rounds.stages(), 5, List.of(),
                NOW);
        RoundRuleException e = assertThrows(RoundRuleException.class, () -> new EvaluationRound("r", 2026, SHANGHAI,
                LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), windows(), Rounds.stages(), 5, List.of(), NOW));
        assertEquals("period_too_long", e.code());
    }

    @Test
    void refusesOverlappingWindows() {
        List<DailyWindow> overlapping = List.of(new DailyWindow(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new DailyWindow(LocalTime.of(11, 30), LocalTime.of(13, 0)));
        RoundRuleException e = assertThrows(RoundRuleException.class, () -> new EvaluationRound("r", 2026, SHANGHAI,
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 18), overlapping, Rounds.stages(), 5, List.of(), NOW));
        assertEquals("windows_overlap", e.code());
    }

    @Test
    void needsStageLengthsForEveryLevel() {
        Map<TitleLevel, StageMinutes> partial = Rounds.stages();
        partial.remove(TitleLevel.JUNIOR);
        RoundRuleException e = assertThrows(RoundRuleException.class, () -> new EvaluationRound("r", 2026, SHANGHAI,
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 18), windows(), partial, 5, List.of(), NOW));
        assertEquals("stage_minutes_missing", e.code());
    }

    @Test
    void aWindowMustEndAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new DailyWindow(LocalTime.NOON, LocalTime.NOON));
    }

    private static List<DailyWindow> windows() {
        return List.of(new DailyWindow(LocalTime.of(9, 0), LocalTime.of(12, 0)));
    }
}
