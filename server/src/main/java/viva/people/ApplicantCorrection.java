package viva.people;

import jakarta.validation.constraints.Size;

/**
 * The body of PATCH /api/applicants/{id}: the fields to correct (absent or null: unchanged; an
 * empty returnedAt, barredUntil, email or phone clears it) and the reason, which is required.
 */
public record ApplicantCorrection(
        @Size(max = 32) String status,
        @Size(max = 40) String returnedAt,
        @Size(max = 20) String barredUntil,
        @Size(max = 200) String employer,
        @Size(max = 100) String name,
        @Size(max = 200) String email,
        @Size(max = 32) String phone,
        String reason) {
}
