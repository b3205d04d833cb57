package viva.schedule.solver;

/**
 * How a plan loads the experts, counting booked defenses too. A member-day is one expert sitting,
 * as an eligible member, on at least one defense on one day: each is a day of travel and fees.
 */
public record Metrics(int memberDays, int maxDefensesPerPanel, int minDefensesPerPanel, int maxDefensesPerMember,
        int minDefensesPerMember, int defenses) {
}
