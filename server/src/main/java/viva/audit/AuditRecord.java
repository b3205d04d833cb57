package viva.audit;

import java.time.Instant;

/** One audit row as stored, whatever read it (JPA in the server, plain JDBC offline). */
public record AuditRecord(long seq, Instant at, String actor, String action, String subject, String payload,
        String prevHash, String hash) {
}
