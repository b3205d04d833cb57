package viva.defense;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import viva.people.Member;

/**
 * A member stands down from one defense (回避) for a reason beyond a shared employer: recorded
 * by the secretariat, or declared by the member. Made only by {@link Defense#recuse}.
 */
@Entity
@Table(name = "RECUSAL", uniqueConstraints = @UniqueConstraint(name = "UQ_RECUSAL_MEMBER",
        columnNames = {"DEFENSE_ID", "MEMBER_ID"}))
public class Recusal {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "DEFENSE_ID", nullable = false)
    private Defense defense;

    @ManyToOne(optional = false)
    @JoinColumn(name = "MEMBER_ID", nullable = false)
    private Member member;

    @Column(name = "REASON", nullable = false, length = 2000)
    private String reason;

    /** The account that recorded it: a secretary's, or the member's own. */
    @Column(name = "RECORDED_BY", nullable = false, length = 100)
    private String recordedBy;

    /** Whether the member declared it themselves. */
    @Column(name = "DECLARED", nullable = false)
    private boolean declared;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected Recusal() {
    }

    Recusal(Defense defense, Member member, String reason, String recordedBy, boolean declared, Instant recordedAt) {
        this.defense = defense;
        this.member = member;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.declared = declared;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public Defense defense() {
        return defense;
    }

    public Member member() {
        return member;
    }

    public String reason() {
        return reason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public boolean declared() {
        return declared;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
