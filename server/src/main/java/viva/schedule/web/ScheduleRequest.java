package viva.schedule.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** POST /api/defenses: who, before which panel, when; the end follows from the level. */
public record ScheduleRequest(
        @NotNull @Positive Long applicantId,
        @NotNull @Positive Long panelId,
        @NotBlank @Size(max = 40) String start) {
}
