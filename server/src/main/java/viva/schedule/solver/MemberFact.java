package viva.schedule.solver;

/** An expert as the solver sees them: who they are and the employer that decides recusal. */
public record MemberFact(long id, String employer) {
}
