package viva.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import viva.security.PasswordPolicy;

/**
 * A new expert and the account they sign in with (the body of POST /api/members, and the demo's). The password's
 * length is checked here with the other fields; the rest of the policy where every account is made.
 */
public record NewMember(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 200) String employer,
        @NotEmpty @Size(max = 27) List<@NotBlank @Size(max = 64) String> specialtyCodes,
        @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{2,63}",
                message = "3 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit")
        String username,
        @NotNull @Size(min = PasswordPolicy.MIN_LENGTH, max = 128, message = PasswordPolicy.MIN_LENGTH + " to 128 characters")
        String password) {
}
