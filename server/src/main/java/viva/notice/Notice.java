package viva.notice;

import java.time.OffsetDateTime;

/**
 * What became of one applicant's notice: SENT (the SMTP server took it), FAILED (it refused or
 * could not be reached; {@code reason} says what it answered) or NO_EMAIL (the applicant has no
 * address). Never the link or its token.
 */
public record Notice(long defenseId, int number, long applicantId, String name, String email, Status status,
        String reason, OffsetDateTime sentAt) {

    public enum Status {
        SENT,
        FAILED,
        NO_EMAIL
    }
}
