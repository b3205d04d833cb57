package viva.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import viva.catalog.TitleLevel;

/** Rounds for domain tests. */
public final class Rounds {

    private Rounds() {
    }

    public static Map<TitleLevel, StageMinutes> stages() {
        Map<TitleLevel, StageMinutes> stages = new EnumMap<>(TitleLevel.class);
        for (TitleLevel level : TitleLevel.values()) {
            stages.put(level, new StageMinutes(10, 15, 5));
        }
        return stages;
    }

    public static EvaluationRound december2026() {
        return new EvaluationRound("2026 round", 2026, ZoneId.of("Asia/Shanghai"), LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 18),
                List.of(new DailyWindow(LocalTime.of(14, 30), LocalTime.of(18, 0)),
                        new DailyWindow(LocalTime.of(9, 0), LocalTime.of(12, 0))),
                stages(), 5, List.of(LocalDate.of(2026, 12, 13), LocalDate.of(2026, 12, 12)),
                Instant.parse("2026-11-01T00:00:00Z"));
    }
}
