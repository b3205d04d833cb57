package viva.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of POST /api/panels. */
public record PanelRequest(
        Long roundId,
        @NotBlank @Size(max = 100) String name,
        @NotEmpty @Size(max = 27) List<@NotBlank @Size(max = 64) String> specialtyCodes,
        @NotNull @Size(min = Panel.MIN_MEMBERS, max = Panel.MAX_MEMBERS) List<@NotNull Long> memberIds,
        @NotNull Long chairId) {
}
