package viva.schedule.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** PUT /api/defenses/{id}: a new time, and a new panel when given. */
public record MoveRequest(
        @Positive Long panelId,
        @NotBlank @Size(max = 40) String start) {
}
