package viva.panel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of POST /api/panels/draw: which specialties, how many members, who not, and maybe the seed. */
public record PanelDrawRequest(
        @NotNull Long roundId,
        @NotBlank @Size(max = 100) String name,
        @NotEmpty @Size(max = 27) List<@NotBlank @Size(max = 64) String> specialtyCodes,
        @NotNull @Min(Panel.MIN_MEMBERS) @Max(Panel.MAX_MEMBERS) Integer size,
        @Size(max = 1000) List<@NotNull Long> excludeMemberIds,
        @Size(min = 1, max = 128) String seed) {
}
