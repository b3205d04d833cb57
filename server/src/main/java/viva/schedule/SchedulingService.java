package viva.schedule;

import viva.defense.QuorumRule;
import viva.round.TimeSpan;
import viva.defense.DefenseService;
import viva.audit.AuditTrail;
import jakarta.json.JsonObject;
import viva.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import viva.defense.Attempts;
import viva.defense.Defense;
import viva.defense.DefenseRepository;
import viva.panel.Panel;
import viva.panel.PanelService;
import viva.people.Applicant;
import viva.people.ApplicantService;
import viva.people.Ineligibility;
import viva.people.Member;
import viva.round.EvaluationRound;
import viva.round.RoundRepository;
import viva.round.RoundService;
import jakarta.enterprise.event.Event;
import viva.defense.DefenseCancelled;
import viva.system.Refusal;
import viva.system.InTransaction;
import viva.system.Values;

/** Schedules, moves and cancels defenses by hand, keeping every rule of SchedulingCheck. */
@ApplicationScoped
public class SchedulingService {

    public record Ineligible(long applicantId, String name, Ineligibility reason, String description) {
    }

    public record RoundSummary(long roundId, int mandatory, int scheduled, int unscheduled, int ineligibleCount,
            List<Ineligible> ineligible) {
    }

    @Inject
    DefenseRepository defenses;

    @Inject
    ApplicantService applicants;

    @Inject
    PanelService panels;

    @Inject
    RoundService rounds;

    @Inject
    RoundRepository roundRepository;

    @Inject
    QuorumRule quorum;

    @Inject
    Event<DefenseCancelled> cancelled;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @InTransaction
    public Defense schedule(long applicantId, long panelId, String start) {
        Applicant applicant = applicants.get(applicantId);
        Panel panel = panels.get(panelId);
        EvaluationRound round = applicant.round();
        roundRepository.lockForScheduling(round);
        round.refuseChangesOncePublished();
        return book(applicant, panel, span(applicant, start));
    }

    /**
     * Stores a new defense after checking every rule; the caller holds the round's scheduling
     * lock and a transaction.
     */
    Defense book(Applicant applicant, Panel panel, TimeSpan span) {
        place(applicant, panel, span, null);
        Defense defense = new Defense(applicant, panel, defenses.nextNumber(applicant.round()), span,
                eligibleIds(panel, applicant), clock.instant());
        defenses.attempts(applicant).previous().ifPresent(defense::follow);
        defenses.store(defense);
        audit.record("defense.scheduled", DefenseService.subject(defense.id()), placement(defense));
        return defense;
    }

    private static JsonObject placement(Defense d) {
        return Jsonp.createObjectBuilder()
                .add("applicantId", d.applicant().id())
                .add("panelId", d.panel().id())
                .add("start", d.start().toString())
                .add("end", d.end().toString())
                .build();
    }

    @InTransaction
    /**
     * Moves a defense that has not started to another start (and panel, when given), keeping
     * every rule.
     */
    public Defense move(long defenseId, Long panelId, String start) {
        Defense defense = get(defenseId);
        roundRepository.lockForScheduling(defense.round());
        defense.round().refuseChangesOncePublished();
        defense.refuseIfStarted("moved");
        Panel panel = panelId == null ? defense.panel() : panels.get(panelId);
        TimeSpan span = span(defense.applicant(), start);
        place(defense.applicant(), panel, span, defense);
        refuseIfRecusalsBreakQuorum(defense, panel);
        JsonObject before = placement(defense);
        defense.reschedule(panel, span, eligibleIds(panel, defense.applicant()));
        audit.record("defense.moved", DefenseService.subject(defenseId), Jsonp.createObjectBuilder()
                .add("from", before).add("to", placement(defense)).build());
        return defense;
    }

    /** Members who stood down from the defense stay recused on its new panel, and still count against its quorum. */
    private void refuseIfRecusalsBreakQuorum(Defense defense, Panel panel) {
        Set<Long> recused = defense.recusedMemberIds();
        long eligible = eligibleIds(panel, defense.applicant()).stream().filter(id -> !recused.contains(id)).count();
        int required = quorum.required(panel.size());
        if (eligible < required) {
            throw new SchedulingConflictException(List.of(new Conflict(SchedulingCheck.QUORUM, "after recusals "
                    + eligible + " of " + panel.size() + " remain on panel " + panel.name() + ", the quorum is "
                    + required)));
        }
    }

    @InTransaction
    public void cancel(long defenseId) {
        Defense defense = get(defenseId);
        roundRepository.lockForScheduling(defense.round());
        defense.round().refuseChangesOncePublished();
        defense.refuseIfStarted("cancelled");
        audit.record("defense.cancelled", DefenseService.subject(defenseId), placement(defense));
        // Whatever else refers to the defense (its links into the room) goes first, in this transaction.
        cancelled.fire(new DefenseCancelled(defense));
        defenses.remove(defense);
    }

    public Defense get(long id) {
        return defenses.find(id).orElseThrow(() -> Refusal.notFound("defense_not_found", "No defense " + id + "."));
    }

    public List<Defense> list(Long roundId) {
        return defenses.findByRound(rounds.resolve(roundId));
    }

    /** An applicant still to be scheduled, with the defenses they had (each closed INVALID or ABSENT). */
    public record Unscheduled(Applicant applicant, List<Defense> earlier) {
    }

    /**
     * Mandatory, eligible applicants of the round that need a defense: none yet, or their latest
     * closed INVALID or ABSENT (a cancelled one counts as none).
     */
    public List<Applicant> unscheduled(Long roundId) {
        return unscheduledWithHistory(roundId).stream().map(Unscheduled::applicant).toList();
    }

    public List<Unscheduled> unscheduledWithHistory(Long roundId) {
        EvaluationRound round = rounds.resolve(roundId);
        Map<Long, Attempts> attempts = Attempts.byApplicant(defenses.findByRound(round));
        Instant now = clock.instant();
        return applicants.list(round.id()).stream()
                .filter(a -> a.schedulingProblem(now).isEmpty())
                .map(a -> new Unscheduled(a, attempts.getOrDefault(a.id(), Attempts.NONE).defenses()))
                .filter(u -> new Attempts(u.earlier()).needDefense())
                .toList();
    }

    public RoundSummary summary(Long roundId) {
        EvaluationRound round = rounds.resolve(roundId);
        Map<Long, Attempts> attempts = Attempts.byApplicant(defenses.findByRound(round));
        Instant now = clock.instant();
        int mandatory = 0;
        int scheduled = 0;
        int unscheduled = 0;
        List<Ineligible> ineligible = new ArrayList<>();
        for (Applicant a : applicants.list(round.id())) {
            if (!a.defenseRequired()) {
                continue;
            }
            mandatory++;
            Optional<Ineligibility> problem = a.schedulingProblem(now);
            boolean needsDefense = attempts.getOrDefault(a.id(), Attempts.NONE).needDefense();
            if (problem.isPresent()) {
                ineligible.add(new Ineligible(a.id(), a.name(), problem.get(), problem.get().description()));
            } else if (needsDefense) {
                unscheduled++;
            }
            if (!needsDefense) {
                scheduled++;
            }
        }
        return new RoundSummary(round.id(), mandatory, scheduled, unscheduled, ineligible.size(), ineligible);
    }

    /**
     * Checks every rule for the applicant before the panel in the span, as if {@code moving} (when
     * given) were not where it is now; refuses with all broken rules.
     */
    void place(Applicant applicant, Panel panel, TimeSpan span, Defense moving) {
        int changeover = applicant.round().changeoverMinutes();
        List<Defense> nearby = defenses.findBetween(span.start().minus(Duration.ofMinutes(changeover)),
                span.end().plus(Duration.ofMinutes(changeover))).stream()
                .filter(d -> moving == null || !d.id().equals(moving.id()))
                .toList();
        boolean hasOther = !defenses.attempts(applicant).allowNew(moving);
        List<Conflict> conflicts = SchedulingCheck.check(applicant, panel, span, clock.instant(), quorum, nearby,
                hasOther);
        if (!conflicts.isEmpty()) {
            throw new SchedulingConflictException(conflicts);
        }
    }

    private TimeSpan span(Applicant applicant, String start) {
        EvaluationRound round = applicant.round();
        return TimeSpan.of(Values.instant("start", start, round.zone()), round.defenseMinutes(applicant.level()));
    }

    private static List<Long> eligibleIds(Panel panel, Applicant applicant) {
        return SchedulingCheck.eligibleMembers(panel, applicant).stream().map(Member::id).toList();
    }


}
