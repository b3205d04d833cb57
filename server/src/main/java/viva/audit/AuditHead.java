package viva.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The chain's current end, one row locked by every append so that appends are serialized. It is
 * bookkeeping only: verification reads the events themselves.
 */
@Entity
@Table(name = "AUDIT_HEAD")
public class AuditHead {

    static final int ID = 1;

    @Id
    @Column(name = "ID")
    private int id = ID;

    @Column(name = "SEQ", nullable = false)
    private long seq;

    @Column(name = "HASH", nullable = false, length = 64)
    private String hash = AuditHasher.GENESIS;

    public long seq() {
        return seq;
    }

    public String hash() {
        return hash;
    }

    void advance(long seq, String hash) {
        this.seq = seq;
        this.hash = hash;
    }
}
