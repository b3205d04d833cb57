package viva.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new panel as the secretariat composes it (the body of POST /api/panels, and the demo's seed). */
public record NewPanel(
        Long roundId,
        @NotBlank @Size(max = 100) String name,
        @NotEmpty @Size(max = 27) List<@NotBlank @Size(max = 64) String> specialtyCodes,
        @NotNull @Size(min = Panel.MIN_MEMBERS, max = Panel.MAX_MEMBERS) List<@NotNull Long> memberIds,
        @NotNull Long chairId) {
}
