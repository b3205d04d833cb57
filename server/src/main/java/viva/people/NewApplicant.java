package viva.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An applicant as POST /api/applicants and each CSV line give it. Enum fields take the English
 * names or the Chinese labels of a provincial export (男/女, 正高级/副高级/中级/初级, ...).
 */
public record NewApplicant(
        Long roundId,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 32) String idNumber,
        @NotBlank @Size(max = 16) String gender,
        @NotBlank @Size(max = 200) String employer,
        @NotBlank @Size(max = 64) String specialtyCode,
        @NotBlank @Size(max = 32) String level,
        @NotBlank @Size(max = 32) String status,
        @Size(max = 40) String returnedAt,
        @Size(max = 20) String barredUntil,
        @Size(max = 200) String email,
        @Size(max = 32) String phone) {
}
