package viva.schedule.solver;

import viva.people.Employers;

/** An expert as the solver sees them: who they are and the employer that decides recusal. */
public record MemberFact(long id, String employer) {

    /** The employer as recusal compares it (the same key booking by hand uses). */
    public String employerKey() {
        return Employers.key(employer);
    }
}
