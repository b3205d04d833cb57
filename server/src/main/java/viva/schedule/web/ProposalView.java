package viva.schedule.web;

import viva.schedule.Proposal;
import viva.schedule.ProposalService;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import viva.schedule.solver.EndedBy;
import viva.schedule.solver.Metrics;
import viva.schedule.solver.Placement;
import viva.schedule.solver.SchedulingJob;
import viva.schedule.solver.SolverOutput;
import viva.schedule.solver.Unplaced;

/** A proposal as the secretariat reads it: the plan as a list, and per day and panel. */
public record ProposalView(UUID id, long roundId, SchedulingJob.Status status, boolean committed, String score,
        Integer hardViolations, List<Assignment> assignments, List<Unplaced> unplaced,
        List<Long> unplacedApplicantIds, Metrics metrics, List<Day> days, String failure, EndedBy endedBy,
        double elapsedSeconds, Double firstFeasibleSeconds) {

    public record Assignment(long applicantId, long panelId, OffsetDateTime start, OffsetDateTime end,
            List<Long> eligibleMemberIds) {
    }

    public record PanelDay(long panelId, List<Assignment> defenses) {
    }

    public record Day(LocalDate date, List<PanelDay> panels) {
    }

    static ProposalView of(ProposalService.Planned planned) {
        Proposal proposal = planned.proposal();
        ZoneId zone = planned.zone();
        SchedulingJob job = proposal.job();
        SolverOutput best = job.bestSoFar().orElse(null);
        String failure = job.failure().map(Throwable::getMessage).orElse(null);
        EndedBy endedBy = job.endedBy().orElse(null);
        double elapsed = seconds(job.elapsed());
        Double firstFeasible = job.toFirstFeasible().map(ProposalView::seconds).orElse(null);
        if (best == null) {
            return new ProposalView(proposal.id(), proposal.roundId(), job.status(), proposal.committed(), null, null,
                    List.of(), List.of(), List.of(), null, List.of(), failure, endedBy, elapsed, firstFeasible);
        }
        List<Assignment> assignments = best.placements().stream()
                .sorted(Comparator.comparing(Placement::start).thenComparing(Placement::panelId))
                .map(p -> new Assignment(p.applicantId(), p.panelId(), p.start().atZone(zone).toOffsetDateTime(),
                        p.end().atZone(zone).toOffsetDateTime(),
                        p.eligibleMemberIds().stream().sorted().toList()))
                .toList();
        Map<LocalDate, Map<Long, List<Assignment>>> grouped = new TreeMap<>();
        for (Assignment a : assignments) {
            grouped.computeIfAbsent(a.start().toLocalDate(), d -> new TreeMap<>())
                    .computeIfAbsent(a.panelId(), p -> new ArrayList<>()).add(a);
        }
        List<Day> days = grouped.entrySet().stream()
                .map(day -> new Day(day.getKey(), day.getValue().entrySet().stream()
                        .map(panel -> new PanelDay(panel.getKey(), panel.getValue())).toList()))
                .toList();
        return new ProposalView(proposal.id(), proposal.roundId(), job.status(), proposal.committed(), best.score(),
                best.hardViolations(), assignments, best.unplaced(), best.unplacedApplicantIds(), best.metrics(), days,
                failure, endedBy, elapsed, firstFeasible);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
