package viva.vote;

import viva.defense.Decision;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import viva.defense.Defense;
import viva.system.PlainText;
import viva.system.Refusal;

/** One member's vote on one defense; the database keeps it to one per member. */
@Entity
@Table(name = "VOTE", uniqueConstraints = @UniqueConstraint(name = "UQ_VOTE_DEFENSE_MEMBER",
        columnNames = {"DEFENSE_ID", "MEMBER_ID"}))
public class Vote {

    /** A VETO must say why, in at least this many characters. */
    public static final int MIN_VETO_REASON = 10;
    /** The longest reason and idempotency key, as their columns keep them. */
    public static final int MAX_REASON = 2000;
    public static final int MAX_KEY = 128;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "DEFENSE_ID", nullable = false)
    private Defense defense;

    @Column(name = "MEMBER_ID", nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "DECISION", nullable = false, length = 8)
    private Decision decision;

    @Column(name = "REASON", length = 2000)
    private String reason;

    @Column(name = "IDEMPOTENCY_KEY", length = 128)
    private String idempotencyKey;

    @Column(name = "CAST_AT", nullable = false)
    private Instant castAt;

    protected Vote() {
    }

    public Vote(Defense defense, long memberId, Decision decision, String reason, String idempotencyKey,
            Instant castAt) {
        String why = reason == null ? "" : reason.strip();
        // The room's socket brings votes without the REST API's bean validation: the limits are kept here.
        if (why.length() > MAX_REASON) {
            throw new VoteRefusal(Refusal.Kind.INVALID, "reason_too_long",
                    "A reason may have at most " + MAX_REASON + " characters.");
        }
        PlainText.problem(why).ifPresent(problem -> {
            throw new VoteRefusal(Refusal.Kind.INVALID, "invalid_text",
                    "The reason holds " + problem + "; only plain text is accepted.");
        });
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY)) {
            throw new VoteRefusal(Refusal.Kind.INVALID, "invalid_key",
                    "An idempotency key has 1 to " + MAX_KEY + " characters.");
        }
        if (decision == Decision.VETO && why.codePointCount(0, why.length()) < MIN_VETO_REASON) {
            throw new VoteRefusal(Refusal.Kind.INVALID, "reason_required",
                    "A VETO needs a written reason of at least " + MIN_VETO_REASON + " characters.");
        }
        this.defense = defense;
        this.memberId = memberId;
        this.decision = decision;
        this.reason = why.isEmpty() ? null : why;
        this.idempotencyKey = idempotencyKey;
        this.castAt = castAt;
    }

    public Long id() {
        return id;
    }

    public Defense defense() {
        return defense;
    }

    public long memberId() {
        return memberId;
    }

    public Decision decision() {
        return decision;
    }

    public String reason() {
        return reason;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Instant castAt() {
        return castAt;
    }
}
