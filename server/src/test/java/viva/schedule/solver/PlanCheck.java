package viva.schedule.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import viva.round.TimeSpan;

/**
 * Checks a plan against the round's rules directly, with the calendar, the spans and the quorum
 * rule, and with recusal worked out here again: nothing is taken from the solver's score.
 */
final class PlanCheck {

    private record Sitting(long applicantId, long panelId, TimeSpan span, Set<Long> eligible) {
    }

    private PlanCheck() {
    }

    /** The broken rules only: applicants left out are listed by the output itself, with why. */
    static List<String> brokenRules(SolverInput input, SolverOutput output) {
        return problems(input, output).stream().filter(p -> !p.endsWith(" is not placed")).toList();
    }

    static List<String> problems(SolverInput input, SolverOutput output) {
        List<String> problems = new ArrayList<>();
        Map<Long, PanelFact> panels = input.panels().stream().collect(Collectors.toMap(PanelFact::id, Function.identity()));
        Map<Long, ApplicantFact> applicants = input.applicants().stream()
                .collect(Collectors.toMap(ApplicantFact::id, Function.identity()));
        Set<Long> placedIds = new HashSet<>();
        Map<Long, Sitting> sittings = new HashMap<>();
        input.booked().forEach(b -> sittings.put(b.applicantId(),
                new Sitting(b.applicantId(), b.panelId(), b.span(), b.eligibleMemberIds())));
        for (Placement placement : output.placements()) {
            if (!placedIds.add(placement.applicantId())) {
                problems.add("applicant " + placement.applicantId() + " is placed twice");
            }
            TimeSpan span = new TimeSpan(placement.start(), placement.end());
            sittings.put(placement.applicantId(), new Sitting(placement.applicantId(), placement.panelId(), span,
                    placement.eligibleMemberIds()));
            input.calendar().problem(span).ifPresent(p -> problems.add("applicant " + placement.applicantId() + ": " + p));
            ApplicantFact applicant = applicants.get(placement.applicantId());
            if (applicant != null) {
                problems.addAll(panelProblems(input, applicant, panels.get(placement.panelId()), placement, span));
            }
        }
        for (ApplicantFact applicant : input.applicants()) {
            if (!placedIds.contains(applicant.id())) {
                problems.add("applicant " + applicant.id() + " is not placed");
            }
        }
        problems.addAll(clashes(new ArrayList<>(sittings.values()), input.calendar().changeoverMinutes()));
        return problems;
    }

    private static List<String> panelProblems(SolverInput input, ApplicantFact applicant, PanelFact panel,
            Placement placement, TimeSpan span) {
        List<String> problems = new ArrayList<>();
        String who = "applicant " + applicant.id();
        if (!panel.specialtyCodes().contains(applicant.specialtyCode())) {
            problems.add(who + " is on panel " + panel.id() + ", which does not cover " + applicant.specialtyCode());
        }
        Set<Long> eligible = new HashSet<>();
        String employer = applicant.employer().replaceAll("\\s", "");
        panel.members().stream().filter(m -> !m.employer().replaceAll("\\s", "").equals(employer))
                .forEach(m -> eligible.add(m.id()));
        if (!eligible.equals(placement.eligibleMemberIds())) {
            problems.add(who + " lists eligible members " + placement.eligibleMemberIds() + ", not " + eligible);
        }
        if (eligible.size() < input.quorum().required(panel.members().size())) {
            problems.add(who + " has " + eligible.size() + " eligible members, below quorum");
        }
        if (!Duration.between(span.start(), span.end()).equals(Duration.ofMinutes(applicant.durationMinutes()))) {
            problems.add(who + " is given " + Duration.between(span.start(), span.end()));
        }
        return problems;
    }

    private static List<String> clashes(List<Sitting> sittings, int changeover) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < sittings.size(); i++) {
            for (int j = i + 1; j < sittings.size(); j++) {
                Sitting a = sittings.get(i);
                Sitting b = sittings.get(j);
                if (!a.span().clashes(b.span(), changeover)) {
                    continue;
                }
                if (a.panelId() == b.panelId()) {
                    problems.add("applicants " + a.applicantId() + " and " + b.applicantId() + " clash on panel " + a.panelId());
                } else if (!Collections.disjoint(a.eligible(), b.eligible())) {
                    problems.add("applicants " + a.applicantId() + " and " + b.applicantId() + " share an expert at once");
                }
            }
        }
        return problems;
    }
}
