package viva.publication;

import viva.defense.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import viva.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import viva.audit.AuditRecord;
import viva.audit.AuditTrail;
import viva.defense.Attempts;
import viva.defense.Defense;
import viva.people.Applicant;
import viva.people.ApplicantService;
import viva.defense.DefenseRepository;
import viva.defense.DefenseStage;
import viva.room.RoomAccessRepository;
import viva.system.Tokens;
import viva.round.EvaluationRound;
import viva.round.RoundRepository;
import viva.round.RoundService;
import viva.system.Refusal;
import viva.system.InTransaction;

/**
 * Publishing a round's defense outcomes (答辩结果). Until then no applicant learns an outcome;
 * afterwards each applicant's own join link shows theirs, and nothing else.
 */
@ApplicationScoped
public class PublicationService {

    /** One applicant's result: their latest defense, and how many they had. */
    public record Line(long defenseId, int number, long applicantId, String name, Outcome outcome, int attempts) {
    }

    public record Results(long roundId, OffsetDateTime publishedAt, String head, List<Line> outcomes) {
    }

    /** What an applicant's link shows: the outcome only once published. */
    public record ApplicantView(boolean published, Outcome outcome, OffsetDateTime publishedAt) {
    }

    @Inject
    RoundService rounds;

    @Inject
    RoundRepository roundRepository;

    @Inject
    DefenseRepository defenses;

    @Inject
    ApplicantService applicants;

    @Inject
    RoomAccessRepository access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @InTransaction
    public Results publish(long roundId) {
        EvaluationRound round = rounds.get(roundId);
        // Ordered with scheduling, which takes the same lock: no defense is booked beside publication.
        roundRepository.lockForScheduling(round);
        round.refusePublishingAgain();
        List<Defense> all = defenses.findByRound(round);
        List<Long> open = all.stream().filter(d -> d.stage() != DefenseStage.CLOSED).map(Defense::id).toList();
        if (!open.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "defenses_not_closed", open.size()
                    + " defense(s) of the round are not closed yet.", Map.of("defenseIds", open));
        }
        Instant now = clock.instant();
        Map<Long, Attempts> attempts = Attempts.byApplicant(all);
        List<Long> unsettled = applicants.list(round.id()).stream()
                .filter(a -> a.defenseRequired() && a.schedulingProblem(now).isEmpty())
                .filter(a -> !attempts.getOrDefault(a.id(), Attempts.NONE).settled())
                .map(Applicant::id).toList();
        if (!unsettled.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "unsettled_applicants", unsettled.size()
                    + " mandatory applicant(s) have no defense that closed PASSED, FAILED or ABSENT; schedule"
                    + " (or hold again) their defenses first.", Map.of("applicantIds", unsettled));
        }
        List<Line> lines = lines(attempts);
        JsonArrayBuilder outcomes = Jsonp.createArrayBuilder();
        lines.forEach(l -> outcomes.add(Jsonp.createObjectBuilder().add("defenseId", l.defenseId())
                .add("applicantId", l.applicantId()).add("outcome", l.outcome().name())
                .add("attempts", l.attempts())));
        AuditRecord event = audit.record("results.published", "round:" + roundId,
                Jsonp.createObjectBuilder().add("outcomes", outcomes).build());
        round.publish(now, event.hash());
        return results(round, lines);
    }

    public Results results(long roundId) {
        EvaluationRound round = rounds.get(roundId);
        return results(round, lines(Attempts.byApplicant(defenses.findByRound(round))));
    }

    /** The applicant's own outcome, through their join link (an expired link still shows it; a revoked one not). */
    public ApplicantView forApplicant(long defenseId, String joinToken) {
        // The token first: a guessed one gets the same 403 whether or not the defense exists.
        Defense defense = (joinToken == null ? java.util.Optional.<viva.room.JoinLink>empty()
                : access.joinLink(Tokens.hash(joinToken)))
                .filter(link -> link.defense().id() == defenseId && !link.revoked())
                .map(viva.room.JoinLink::defense)
                .orElseThrow(() -> new Refusal(Refusal.Kind.FORBIDDEN, "invalid_join_token",
                        "This link is unknown or revoked."));
        EvaluationRound round = defense.round();
        if (round.publishedAt() == null) {
            return new ApplicantView(false, null, null);
        }
        // The result is the applicant's latest defense, whichever of their links they open.
        Outcome outcome = defenses.attempts(defense.applicant()).latest().orElse(defense).outcome();
        return new ApplicantView(true, outcome, round.publishedAt().atZone(round.zone()).toOffsetDateTime());
    }



    /** One line per applicant with a defense, from their latest, in the order of the defenses' numbers. */
    private static List<Line> lines(Map<Long, Attempts> attempts) {
        return attempts.values().stream().map(a -> {
            Defense d = a.latest().orElseThrow();
            return new Line(d.id(), d.number(), d.applicant().id(), d.applicant().name(), d.outcome(), a.count());
        }).sorted(Comparator.comparingInt(Line::number)).toList();
    }

    private static Results results(EvaluationRound round, List<Line> lines) {
        return new Results(round.id(), round.publishedAt() == null ? null
                : round.publishedAt().atZone(round.zone()).toOffsetDateTime(), round.publishedHead(), lines);
    }
}
