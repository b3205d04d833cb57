package viva.schedule.benchmark;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import viva.defense.QuorumRule;
import viva.round.ScheduleCalendar;
import viva.schedule.solver.ApplicantFact;
import viva.schedule.solver.MemberFact;
import viva.schedule.solver.PanelFact;
import viva.schedule.solver.SolverInput;

/**
 * Realistic rounds for benchmarks, the same for the same seed. Demand is skewed across the 27
 * specialties as in a provincial engineering round (a few large specialties, a long tail); panels
 * are cut so that capacity follows demand; employers are shared between applicants and experts,
 * with a few large ones, so that recusal happens; some experts sit on two panels.
 */
public final class RoundGenerator {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final int SENIOR_MINUTES = 30;
    public static final int DEPUTY_SENIOR_MINUTES = 25;

    private static final int MEMBERS_PER_PANEL = 7;
    private static final int EMPLOYERS = 80;
    private static final double SENIOR_SHARE = 0.35;
    private static final double SPECIALTY_SKEW = 0.9;
    private static final double EMPLOYER_SKEW = 1.0;
    /** One expert in this many panels also sits on a second panel. */
    private static final int PANELS_PER_SHARED_EXPERT = 5;

    private final Random random;

    public RoundGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static List<String> specialtyCodes() {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 26; i++) {
            codes.add(String.format("ENG%02d", i));
        }
        codes.add("AGR");
        return codes;
    }

    public static ScheduleCalendar calendar(int days) {
        LocalDate first = LocalDate.of(2025, 9, 15);
        return new ScheduleCalendar(ZONE, first, first.plusDays(days - 1),
                List.of(new ScheduleCalendar.Window(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        new ScheduleCalendar.Window(LocalTime.of(14, 30), LocalTime.of(18, 0))),
                Set.of(), 5);
    }

    public SolverInput round(int applicantCount, int panelCount, int days) {
        List<String> specialties = new ArrayList<>(specialtyCodes());
        Collections.shuffle(specialties, random);
        double[] specialtyWeights = zipf(specialties.size(), SPECIALTY_SKEW);
        double[] employerWeights = zipf(EMPLOYERS, EMPLOYER_SKEW);

        List<ApplicantFact> applicants = new ArrayList<>();
        double[] demand = new double[specialties.size()];
        for (int i = 0; i < applicantCount; i++) {
            int specialty = draw(specialtyWeights);
            int minutes = random.nextDouble() < SENIOR_SHARE ? SENIOR_MINUTES : DEPUTY_SENIOR_MINUTES;
            demand[specialty] += minutes;
            applicants.add(new ApplicantFact(i + 1, specialties.get(specialty), employer(draw(employerWeights)), minutes));
        }
        List<Set<String>> covered = coverage(specialties, demand, panelCount);
        List<List<MemberFact>> members = members(panelCount, employerWeights);
        shareExperts(members);
        List<PanelFact> panels = new ArrayList<>();
        for (int p = 0; p < panelCount; p++) {
            panels.add(new PanelFact(p + 1, covered.get(p), members.get(p)));
        }
        return new SolverInput(calendar(days), QuorumRule.TWO_THIRDS, panels, applicants, List.of());
    }

    /**
     * Specialties to panels so that each panel's expected minutes are about equal: a large
     * specialty is split over several panels, small ones share a panel.
     */
    private List<Set<String>> coverage(List<String> specialties, double[] demand, int panelCount) {
        double perPanel = Arrays.stream(demand).sum() / panelCount;
        double[] load = new double[panelCount];
        List<Set<String>> covered = new ArrayList<>();
        for (int p = 0; p < panelCount; p++) {
            covered.add(new LinkedHashSet<>());
        }
        List<Integer> byDemand = new ArrayList<>();
        for (int s = 0; s < specialties.size(); s++) {
            byDemand.add(s);
        }
        byDemand.sort(Comparator.comparingDouble((Integer s) -> demand[s]).reversed());
        for (int s : byDemand) {
            int share = (int) Math.max(1, Math.round(demand[s] / perPanel));
            List<Integer> lightest = new ArrayList<>();
            for (int p = 0; p < panelCount; p++) {
                lightest.add(p);
            }
            lightest.sort(Comparator.comparingDouble((Integer p) -> load[p]).thenComparingInt(p -> p));
            for (int p : lightest.subList(0, Math.min(share, panelCount))) {
                covered.get(p).add(specialties.get(s));
                load[p] += demand[s] / share;
            }
        }
        // A panel left without a specialty (more panels than demand needs) backs up the largest one.
        for (Set<String> panel : covered) {
            if (panel.isEmpty()) {
                panel.add(specialties.get(byDemand.get(0)));
            }
        }
        return covered;
    }

    /** Seven experts a panel, from seven different employers, as panels are composed in practice. */
    private List<List<MemberFact>> members(int panelCount, double[] employerWeights) {
        List<List<MemberFact>> panels = new ArrayList<>();
        for (int p = 0; p < panelCount; p++) {
            Set<Integer> employers = new HashSet<>();
            List<MemberFact> members = new ArrayList<>();
            while (members.size() < MEMBERS_PER_PANEL) {
                int employer = draw(employerWeights);
                if (employers.add(employer)) {
                    members.add(new MemberFact((p + 1) * 100L + members.size() + 1, employer(employer)));
                }
            }
            panels.add(members);
        }
        return panels;
    }

    /** Puts an expert of one panel on a second panel in place of one of its members. */
    private void shareExperts(List<List<MemberFact>> panels) {
        int shared = panels.size() < 2 ? 0 : Math.max(1, panels.size() / PANELS_PER_SHARED_EXPERT);
        Set<Integer> received = new HashSet<>();
        for (int i = 0; i < shared; i++) {
            int from = random.nextInt(panels.size());
            int to = random.nextInt(panels.size());
            MemberFact expert = panels.get(from).get(random.nextInt(MEMBERS_PER_PANEL));
            List<MemberFact> target = panels.get(to);
            boolean sameEmployer = target.stream().anyMatch(m -> m.employer().equals(expert.employer()));
            if (from != to && !sameEmployer && !target.contains(expert) && received.add(to)) {
                target.set(MEMBERS_PER_PANEL - 1, expert);
            }
        }
    }

    private static String employer(int index) {
        return String.format("单位%02d", index + 1);
    }

    private static double[] zipf(int n, double skew) {
        double[] weights = new double[n];
        for (int k = 0; k < n; k++) {
            weights[k] = 1.0 / Math.pow(k + 1, skew);
        }
        return weights;
    }

    private int draw(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
