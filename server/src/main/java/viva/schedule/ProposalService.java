package viva.schedule;

import viva.defense.QuorumRule;
import viva.round.TimeSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import viva.catalog.Specialty;
import viva.defense.Defense;
import viva.defense.DefenseRepository;
import viva.panel.Panel;
import viva.panel.PanelService;
import viva.people.Applicant;
import viva.people.ApplicantService;
import viva.round.EvaluationRound;
import viva.round.RoundRepository;
import viva.round.RoundService;
import viva.schedule.solver.ApplicantFact;
import viva.schedule.solver.BookedDefense;
import viva.schedule.solver.MemberFact;
import viva.schedule.solver.PanelFact;
import viva.schedule.solver.Placement;
import viva.schedule.solver.SchedulingJob;
import viva.schedule.solver.SolverInput;
import viva.schedule.solver.SolverOutput;
import viva.system.Refusal;
import viva.system.InTransaction;

/**
 * Plans a whole round with the solver in the background, and writes a finished plan in one
 * transaction after checking every placement again against what the database holds now.
 */
@ApplicationScoped
public class ProposalService {

    static final int DEFAULT_SECONDS = 30;
    private static final int KEPT = 20;

    private final Map<UUID, Proposal> proposals = new LinkedHashMap<>();

    @Inject
    RoundService rounds;

    @Inject
    RoundRepository roundRepository;

    @Inject
    SchedulingService scheduling;

    @Inject
    DefenseRepository defenses;

    @Inject
    PanelService panels;

    @Inject
    ApplicantService applicants;

    @Inject
    QuorumRule quorum;

    @Inject
    SolverHolder solver;

    @Inject
    Clock clock;

    /** Once its best plan breaks no rule, a run ends after this long without improving. */
    @Inject
    @ConfigProperty(name = "viva.solver.unimproved.seconds", defaultValue = "3")
    double unimprovedSeconds;

    /** A proposal with the time zone its plan is read in (the round's). */
    public record Planned(Proposal proposal, ZoneId zone) {
    }

    /**
     * Starts the solver on the round's unscheduled applicants.
     *
     * @param seconds the time limit, or null for the default
     */
    public Planned start(Long roundId, Integer seconds, boolean stopAtFirstFeasible) {
        EvaluationRound round = rounds.resolve(roundId);
        Duration unimproved = unimprovedSeconds > 0 ? Duration.ofMillis((long) (unimprovedSeconds * 1000)) : null;
        SchedulingJob job = solver.scheduler().start(input(round),
                Duration.ofSeconds(seconds == null ? DEFAULT_SECONDS : seconds), unimproved, stopAtFirstFeasible);
        Proposal proposal = new Proposal(round.id(), job, clock.instant());
        synchronized (proposals) {
            proposals.put(proposal.id(), proposal);
            while (proposals.size() > KEPT) {
                UUID oldest = proposals.keySet().iterator().next();
                proposals.remove(oldest).job().cancel();
            }
        }
        return new Planned(proposal, round.zone());
    }

    public Planned view(UUID id) {
        Proposal proposal = get(id);
        return new Planned(proposal, rounds.get(proposal.roundId()).zone());
    }

    /** Ends a run early; it ends DONE with the best plan it has found. */
    public Planned stop(UUID id) {
        Proposal proposal = get(id);
        proposal.job().cancel();
        return new Planned(proposal, rounds.get(proposal.roundId()).zone());
    }

    /**
     * Writes the plan: every placement is checked again, and one broken rule writes nothing. A plan
     * that leaves applicants out is written only when {@code partial} says the secretariat wants the
     * rest booked anyway.
     */
    @InTransaction
    public int commit(UUID id, boolean partial) {
        Proposal proposal = get(id);
        EvaluationRound round = rounds.get(proposal.roundId());
        roundRepository.lockForScheduling(round);
        round.refuseChangesOncePublished();
        switch (proposal.job().status()) {
            case SOLVING -> throw Refusal.conflict("proposal_solving", "The solver is still working on it.");
            case FAILED -> throw Refusal.conflict("proposal_failed", "The solver failed; start a new proposal.");
            case DONE -> { }
        }
        if (proposal.committed()) {
            throw Refusal.conflict("proposal_committed", "This proposal has been committed already.");
        }
        SolverOutput plan = proposal.job().bestSoFar()
                .orElseThrow(() -> Refusal.conflict("proposal_empty", "The proposal holds no plan."));
        if (!plan.feasible()) {
            throw Refusal.conflict("proposal_infeasible", "The plan breaks " + plan.hardViolations()
                    + " rule(s); add panels or days and plan again.");
        }
        if (!plan.unplaced().isEmpty() && !partial) {
            throw new Refusal(Refusal.Kind.CONFLICT, "proposal_incomplete", "The plan leaves "
                    + plan.unplaced().size() + " applicant(s) out; commit with partial: true to book the rest.",
                    Map.of("unplacedApplicantIds", plan.unplacedApplicantIds()));
        }
        List<Map<String, Object>> conflicts = new ArrayList<>();
        int created = 0;
        for (Placement placement : plan.placements()) {
            Applicant applicant = applicants.get(placement.applicantId());
            Panel panel = panels.get(placement.panelId());
            try {
                scheduling.book(applicant, panel, new TimeSpan(placement.start(), placement.end()));
                created++;
            } catch (SchedulingConflictException e) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> broken = (List<Map<String, Object>>) e.details().get("conflicts");
                broken.forEach(c -> {
                    Map<String, Object> conflict = new LinkedHashMap<>(c);
                    conflict.put("applicantId", placement.applicantId());
                    conflicts.add(conflict);
                });
            }
        }
        if (!conflicts.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "proposal_stale",
                    "The round changed since the proposal was made; plan again.", Map.of("conflicts", conflicts));
        }
        proposal.markCommitted();
        return created;
    }

    private Proposal get(UUID id) {
        synchronized (proposals) {
            return Optional.ofNullable(proposals.get(id))
                    .orElseThrow(() -> Refusal.notFound("proposal_not_found", "No proposal " + id + "."));
        }
    }

    SolverInput input(EvaluationRound round) {
        List<PanelFact> panelFacts = panels.list(round.id()).stream()
                .map(p -> new PanelFact(p.id(), p.specialties().stream().map(Specialty::code)
                        .collect(java.util.stream.Collectors.toSet()),
                        p.members().stream().map(m -> new MemberFact(m.id(), m.employer())).toList()))
                .toList();
        List<ApplicantFact> toPlan = scheduling.unscheduled(round.id()).stream()
                .map(a -> new ApplicantFact(a.id(), a.specialty().code(), a.employer(),
                        round.defenseMinutes(a.level())))
                .toList();
        List<BookedDefense> booked = defenses.findByRound(round).stream()
                .map(ProposalService::booked)
                .toList();
        return new SolverInput(round.calendar().notBefore(clock.instant()), quorum, panelFacts, toPlan, booked);
    }

    private static BookedDefense booked(Defense d) {
        return new BookedDefense(d.applicant().id(), d.panel().id(), d.span(),
                new java.util.HashSet<>(d.eligibleMemberIds()));
    }
}
