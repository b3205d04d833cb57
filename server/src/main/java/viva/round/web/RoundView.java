package viva.round.web;

import viva.round.StageMinutes;
import viva.round.EvaluationRound;
import viva.round.RoundRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import viva.catalog.TitleLevel;

/** A round as the API shows it, in the same shape as it is created. */
public record RoundView(Long id, String name, int year, String timeZone, LocalDate defenseFrom, LocalDate defenseTo,
        List<RoundRequest.Window> dailyWindows, Map<String, RoundRequest.Stages> stageMinutes,
        int changeoverMinutes, List<LocalDate> excludedDates) {

    public static RoundView of(EvaluationRound round) {
        Map<String, RoundRequest.Stages> stages = new LinkedHashMap<>();
        for (TitleLevel level : TitleLevel.values()) {
            StageMinutes m = round.stageMinutes(level);
            stages.put(level.name(), new RoundRequest.Stages(m.statement(), m.questions(), m.voting()));
        }
        return new RoundView(round.id(), round.name(), round.year(), round.zone().getId(), round.defenseFrom(),
                round.defenseTo(),
                round.dailyWindows().stream()
                        .map(w -> new RoundRequest.Window(w.from().toString(), w.to().toString()))
                        .toList(),
                stages, round.changeoverMinutes(), round.excludedDates());
    }
}
