package viva.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of PATCH /api/members/{id}: the fields to correct (absent or null: unchanged), a new
 * password for the expert's account, and the reason, which is required.
 */
public record MemberCorrection(
        @Size(max = 100) String name,
        @Size(max = 200) String employer,
        @Size(min = 1, max = 27) List<@NotBlank @Size(max = 64) String> specialtyCodes,
        @Size(max = 128) String password,
        String reason) {
}
