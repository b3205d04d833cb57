package viva.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of POST /api/members: the expert and the account they sign in with. */
public record MemberRequest(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 200) String employer,
        @NotEmpty @Size(max = 27) List<@NotBlank @Size(max = 64) String> specialtyCodes,
        @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{2,63}",
                message = "3 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit")
        String username,
        @NotNull @Size(min = 8, max = 128, message = "8 to 128 characters") String password) {
}
