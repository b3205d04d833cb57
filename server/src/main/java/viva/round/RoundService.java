package viva.round;

import viva.audit.AuditTrail;
import viva.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import viva.system.InTransaction;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import viva.catalog.TitleLevel;
import viva.system.Refusal;
import viva.system.Values;

@ApplicationScoped
public class RoundService {

    public static final String DEFAULT_ZONE = "Asia/Shanghai";
    public static final int DEFAULT_CHANGEOVER_MINUTES = 5;

    @Inject
    RoundRepository rounds;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @InTransaction
    public EvaluationRound create(NewRound request) {
        EvaluationRound round = plan(request);
        rounds.store(round);
        audit.record("round.created", "round:" + round.id(), Jsonp.createObjectBuilder()
                .add("name", round.name()).add("year", round.year()).build());
        return round;
    }

    /** Turns the identity check before admission on or off for the round's defenses. */
    @InTransaction
    public EvaluationRound requireIdentityCheck(long roundId, boolean required) {
        EvaluationRound round = get(roundId);
        round.refuseChangesOncePublished();
        round.requireIdentityCheck(required);
        audit.record("round.identity_check", "round:" + round.id(), Jsonp.createObjectBuilder()
                .add("identityCheck", required).build());
        return round;
    }

    public List<EvaluationRound> all() {
        return rounds.findAll();
    }

    public EvaluationRound get(long id) {
        return rounds.find(id).orElseThrow(() -> Refusal.notFound("round_not_found", "No round " + id + "."));
    }

    /** The round a request names, or the latest round when it names none. */
    public EvaluationRound resolve(Long roundId) {
        if (roundId != null) {
            return get(roundId);
        }
        return rounds.latest().orElseThrow(() -> Refusal.conflict("no_round",
                "There is no evaluation round yet; create one first."));
    }

    EvaluationRound plan(NewRound r) {
        ZoneId zone = Values.zone("timeZone", r.timeZone() == null ? DEFAULT_ZONE : r.timeZone());
        LocalDate from = Values.date("defenseFrom", r.defenseFrom());
        LocalDate to = Values.date("defenseTo", r.defenseTo());
        List<DailyWindow> windows = new ArrayList<>();
        for (int i = 0; i < r.dailyWindows().size(); i++) {
            NewRound.Window w = r.dailyWindows().get(i);
            String field = "dailyWindows[" + i + "]";
            var start = Values.hourMinute(field + ".from", w.from());
            var end = Values.hourMinute(field + ".to", w.to());
            if (!start.isBefore(end)) {
                throw Values.invalid(field, "the window must end after it starts");
            }
            windows.add(new DailyWindow(start, end));
        }
        Map<TitleLevel, StageMinutes> stages = new EnumMap<>(TitleLevel.class);
        r.stageMinutes().forEach((key, s) -> {
            TitleLevel level = Values.enumValue("stageMinutes", TitleLevel.class, key);
            stages.put(level, new StageMinutes(s.statement(), s.questions(), s.voting()));
        });
        List<LocalDate> excluded = new ArrayList<>();
        List<String> excludedText = r.excludedDates() == null ? List.of() : r.excludedDates();
        for (int i = 0; i < excludedText.size(); i++) {
            excluded.add(Values.date("excludedDates[" + i + "]", excludedText.get(i)));
        }
        int changeover = r.changeoverMinutes() == null ? DEFAULT_CHANGEOVER_MINUTES : r.changeoverMinutes();
        EvaluationRound round = new EvaluationRound(r.name().strip(), r.year(), zone, from, to, windows, stages,
                changeover, excluded, clock.instant());
        round.requireIdentityCheck(r.identityCheck() == null || r.identityCheck());
        return round;
    }
}
