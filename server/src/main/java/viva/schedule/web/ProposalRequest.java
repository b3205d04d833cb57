package viva.schedule.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

/** POST /api/schedule/proposals: plan the round's unscheduled applicants within a time limit. */
public record ProposalRequest(
        @Positive Long roundId,
        @Min(1) @Max(600) Integer timeLimitSeconds,
        Boolean stopAtFirstFeasible) {
}
