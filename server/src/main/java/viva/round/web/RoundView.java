package viva.round.web;

import viva.round.StageMinutes;
import viva.round.EvaluationRound;
import viva.round.NewRound;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import viva.catalog.TitleLevel;

/** A round as the API shows it, in the same shape as it is created. */
public record RoundView(Long id, String name, int year, String timeZone, LocalDate defenseFrom, LocalDate defenseTo,
        List<NewRound.Window> dailyWindows, Map<String, NewRound.Stages> stageMinutes,
        int changeoverMinutes, List<LocalDate> excludedDates, boolean identityCheck) {

    public static RoundView of(EvaluationRound round) {
        Map<String, NewRound.Stages> stages = new LinkedHashMap<>();
        for (TitleLevel level : TitleLevel.values()) {
            StageMinutes m = round.stageMinutes(level);
            stages.put(level.name(), new NewRound.Stages(m.statement(), m.questions(), m.voting()));
        }
        return new RoundView(round.id(), round.name(), round.year(), round.zone().getId(), round.defenseFrom(),
                round.defenseTo(),
                round.dailyWindows().stream()
                        .map(w -> new NewRound.Window(w.from().toString(), w.to().toString()))
                        .toList(),
                stages, round.changeoverMinutes(), round.excludedDates(), round.identityCheck());
    }
}
