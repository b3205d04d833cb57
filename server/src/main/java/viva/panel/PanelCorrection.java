package viva.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of PATCH /api/panels/{id}: the fields to correct (absent or null: unchanged) and the reason, required. */
public record PanelCorrection(
        @Size(min = Panel.MIN_MEMBERS, max = Panel.MAX_MEMBERS) List<@NotNull Long> memberIds,
        Long chairId,
        @Size(min = 1, max = 27) List<@NotBlank @Size(max = 64) String> specialtyCodes,
        String reason) {
}
