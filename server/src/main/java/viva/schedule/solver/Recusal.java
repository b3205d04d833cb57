package viva.schedule.solver;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * 回避: an expert does not sit on the defense of an applicant from the same employer. Employer
 * names are typed by hand in two places, so they are compared without any whitespace.
 */
public final class Recusal {

    private Recusal() {
    }

    /** The panel's members who may sit on a defense of an applicant from this employer. */
    public static Set<Long> eligibleMembers(PanelFact panel, String applicantEmployer) {
        String applicant = normalized(applicantEmployer);
        Set<Long> eligible = new LinkedHashSet<>();
        for (MemberFact member : panel.members()) {
            if (applicant.isEmpty() || !applicant.equals(normalized(member.employer()))) {
                eligible.add(member.id());
            }
        }
        return Set.copyOf(eligible);
    }

    static String normalized(String employer) {
        if (employer == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(employer.length());
        employer.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(text::appendCodePoint);
        return text.toString();
    }
}
