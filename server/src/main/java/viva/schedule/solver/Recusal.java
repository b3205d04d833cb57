package viva.schedule.solver;

import java.util.LinkedHashSet;
import java.util.Set;
import viva.people.Employers;

/**
 * 回避: an expert does not sit on the defense of an applicant from the same employer, decided by
 * the employers' keys ({@link Employers#key}), as booking by hand decides it.
 */
public final class Recusal {

    private Recusal() {
    }

    /** The panel's members who may sit on a defense of an applicant from this employer. */
    public static Set<Long> eligibleMembers(PanelFact panel, String applicantEmployer) {
        String applicant = Employers.key(applicantEmployer);
        Set<Long> eligible = new LinkedHashSet<>();
        for (MemberFact member : panel.members()) {
            if (!Employers.sameKey(applicant, member.employerKey())) {
                eligible.add(member.id());
            }
        }
        return Set.copyOf(eligible);
    }
}
