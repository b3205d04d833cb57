package viva.schedule.solver;

/** Why a planning run ended. */
public enum EndedBy {
    /** Its best plan broke no rule and had not improved for the configured spell. */
    UNIMPROVED,
    /** It was asked to stop at the first plan that breaks no rule, and found one. */
    FIRST_FEASIBLE,
    /** The time limit. */
    TIME_LIMIT,
    /** The secretariat stopped it; it keeps the best plan found. */
    STOPPED
}
