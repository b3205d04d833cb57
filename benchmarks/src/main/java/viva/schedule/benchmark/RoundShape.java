package viva.schedule.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import viva.defense.QuorumRule;
import viva.schedule.solver.ApplicantFact;
import viva.schedule.solver.MemberFact;
import viva.schedule.solver.PanelFact;
import viva.schedule.solver.SolverInput;

/**
 * The shapes of real rounds the solver must plan, each generated from a seed: the same shape, size
 * and seed always give the same round. One panel per 50 applicants over 10 days (capacity about
 * twice the demand) unless the shape says otherwise; 7 experts a panel; employers from a pool of 60
 * shared by applicants and experts, so some recusal always happens.
 */
public enum RoundShape {

    /** One specialty a panel, equal demand. */
    UNIFORM("uniform"),
    /** A fifth of the specialties hold three times the applicants of the others, with three panels each. */
    SKEWED("skewed 3:1"),
    /** Skewed, and the panels of each busy specialty share two experts with the one before. */
    SHARED_EXPERTS("shared experts"),
    /** Uniform over 5 days, with panels cut so that demand is 90 % of the minutes they can sit. */
    TIGHT("tight (90 %)"),
    /** Uniform, and a third of the applicants share an employer with one or two members of their panel. */
    RECUSALS("many recusals");

    private static final int MEMBERS = 7;
    private static final int EMPLOYERS = 60;
    private static final double SENIOR_SHARE = 0.35;
    /** Minutes a panel can sit in a day, with each window's last change-over. */
    private static final int DAY_MINUTES = 185 + 215;
    private static final double MEAN_SLOT = SENIOR_SHARE * 35 + (1 - SENIOR_SHARE) * 30;

    private final String label;

    RoundShape(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    private record Specialty(String code, int panels, int weight) {
    }

    public int days() {
        return this == TIGHT ? 5 : 10;
    }

    public int panels(int applicants) {
        if (this == TIGHT) {
            return (int) Math.round(applicants * MEAN_SLOT / (0.9 * days() * DAY_MINUTES));
        }
        return Math.max(5, applicants / 50);
    }

    public SolverInput round(int applicantCount, long seed) {
        Random random = new Random(seed ^ ordinal() * 0x9E3779B97F4A7C15L ^ applicantCount);
        List<Specialty> specialties = specialties(panels(applicantCount));
        List<PanelFact> panels = new ArrayList<>();
        List<List<PanelFact>> panelsOf = new ArrayList<>();
        int panelId = 1;
        for (Specialty specialty : specialties) {
            List<PanelFact> own = new ArrayList<>();
            for (int i = 0; i < specialty.panels(); i++) {
                List<MemberFact> members = members(panelId, random);
                if (this == SHARED_EXPERTS && i > 0) {
                    List<MemberFact> before = own.get(i - 1).members();
                    replaceWith(members, before.subList(0, 2));
                }
                PanelFact panel = new PanelFact(panelId++, Set.of(specialty.code()), members);
                own.add(panel);
                panels.add(panel);
            }
            panelsOf.add(own);
        }
        int totalWeight = specialties.stream().mapToInt(Specialty::weight).sum();
        List<ApplicantFact> applicants = new ArrayList<>();
        long id = 1;
        int[] counts = new int[specialties.size()];
        int given = 0;
        for (int s = 0; s < specialties.size(); s++) {
            counts[s] = applicantCount * specialties.get(s).weight() / totalWeight;
            given += counts[s];
        }
        // What rounding leaves goes one each to the first specialties, so no panel gets a heap of it.
        for (int s = 0; given < applicantCount; s = (s + 1) % counts.length, given++) {
            counts[s]++;
        }
        for (int s = 0; s < specialties.size(); s++) {
            for (int i = 0; i < counts[s]; i++) {
                int minutes = random.nextDouble() < SENIOR_SHARE ? RoundGenerator.SENIOR_MINUTES
                        : RoundGenerator.DEPUTY_SENIOR_MINUTES;
                String employer = employer(random.nextInt(EMPLOYERS));
                if (this == RECUSALS && random.nextInt(3) == 0) {
                    List<PanelFact> own = panelsOf.get(s);
                    List<MemberFact> members = own.get(random.nextInt(own.size())).members();
                    // Members 0 and 1 share an employer (see members): half of these lose two, half one.
                    employer = members.get(random.nextBoolean() ? 0 : 2 + random.nextInt(MEMBERS - 2)).employer();
                }
                applicants.add(new ApplicantFact(id++, specialties.get(s).code(), employer, minutes));
            }
        }
        Collections.shuffle(applicants, random);
        return new SolverInput(RoundGenerator.calendar(days()), QuorumRule.TWO_THIRDS, panels, applicants, List.of());
    }

    private List<Specialty> specialties(int panelCount) {
        List<Specialty> specialties = new ArrayList<>();
        if (this == SKEWED || this == SHARED_EXPERTS) {
            int busy = Math.max(1, panelCount / 5);
            for (int i = 0; i < busy; i++) {
                specialties.add(new Specialty(code(specialties.size()), 3, 3));
            }
            for (int i = 0; i < panelCount - 3 * busy; i++) {
                specialties.add(new Specialty(code(specialties.size()), 1, 1));
            }
        } else {
            for (int i = 0; i < panelCount; i++) {
                specialties.add(new Specialty(code(i), 1, 1));
            }
        }
        return specialties;
    }

    /** Seven experts from seven employers; with many recusals, the first two share one. */
    private List<MemberFact> members(int panelId, Random random) {
        List<MemberFact> members = new ArrayList<>();
        Set<Integer> employers = new HashSet<>();
        while (members.size() < MEMBERS) {
            int employer = random.nextInt(EMPLOYERS);
            boolean pair = this == RECUSALS && members.size() == 1;
            if (pair) {
                employer = Integer.parseInt(members.get(0).employer().substring(2)) - 1;
            }
            if (pair || employers.add(employer)) {
                members.add(new MemberFact(panelId * 100L + members.size() + 1, employer(employer)));
            }
        }
        return members;
    }

    /** Puts the shared experts in place of the last members, skipping any whose employer is already there. */
    private static void replaceWith(List<MemberFact> members, List<MemberFact> shared) {
        int slot = members.size() - 1;
        for (MemberFact expert : shared) {
            boolean clash = members.stream().anyMatch(m -> m.employer().equals(expert.employer()));
            if (!clash) {
                members.set(slot--, expert);
            }
        }
    }

    private static String code(int index) {
        return String.format("S%02d", index + 1);
    }

    private static String employer(int index) {
        return String.format("单位%02d", index + 1);
    }
}
