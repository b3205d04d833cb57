package viva.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the audit trail. The application only ever inserts these. */
@Entity
@Table(name = "AUDIT_EVENT")
public class AuditEvent {

    @Id
    @Column(name = "SEQ")
    private long seq;

    // AT is a reserved word in Derby and SQL:2016; the contract names the column so, hence quoted.
    @Column(name = "\"AT\"", nullable = false)
    private Instant at;

    @Column(name = "ACTOR", nullable = false, length = 100)
    private String actor;

    @Column(name = "ACTION", nullable = false, length = 64)
    private String action;

    @Column(name = "SUBJECT", nullable = false, length = 100)
    private String subject;

    @Lob
    @Column(name = "PAYLOAD", nullable = false)
    private String payload;

    @Column(name = "PREV_HASH", nullable = false, length = 64)
    private String prevHash;

    @Column(name = "HASH", nullable = false, length = 64, unique = true)
    private String hash;

    protected AuditEvent() {
    }

    AuditEvent(AuditRecord r) {
        this.seq = r.seq();
        this.at = r.at();
        this.actor = r.actor();
        this.action = r.action();
        this.subject = r.subject();
        this.payload = r.payload();
        this.prevHash = r.prevHash();
        this.hash = r.hash();
    }

    public AuditRecord record() {
        return new AuditRecord(seq, at, actor, action, subject, payload, prevHash, hash);
    }
}
