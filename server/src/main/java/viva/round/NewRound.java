package viva.round;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A new round as the secretariat describes it (the body of POST /api/rounds, and the demo's seed):
 * times and dates as text, parsed with errors that name the field. {@code identityCheck} (default
 * true) says whether each applicant's identity is checked before admission.
 */
public record NewRound(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @Size(max = 64) String timeZone,
        @NotBlank String defenseFrom,
        @NotBlank String defenseTo,
        @NotEmpty @Size(max = 6) List<@NotNull @Valid Window> dailyWindows,
        @NotNull @Size(min = 4, max = 4) Map<@NotNull String, @NotNull @Valid Stages> stageMinutes,
        @Min(0) @Max(120) Integer changeoverMinutes,
        @Size(max = 366) List<@NotBlank String> excludedDates,
        Boolean identityCheck) {

    public record Window(@NotBlank String from, @NotBlank String to) {
    }

    public record Stages(
            @NotNull @Min(1) @Max(240) Integer statement,
            @NotNull @Min(1) @Max(240) Integer questions,
            @NotNull @Min(1) @Max(240) Integer voting) {
    }
}
