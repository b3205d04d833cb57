package viva.defense;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import viva.panel.Panel;
import viva.people.Applicant;
import viva.round.EvaluationRound;
import viva.schedule.TimeSpan;
import viva.vote.Outcome;

/** One applicant's defense before one panel at one time, and where it stands. */
@Entity
@Table(name = "DEFENSE", uniqueConstraints = {
        @UniqueConstraint(name = "UQ_DEFENSE_APPLICANT", columnNames = "APPLICANT_ID"),
        @UniqueConstraint(name = "UQ_DEFENSE_ROUND_NUMBER", columnNames = {"ROUND_ID", "DEFENSE_NUMBER"})})
public class Defense {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ROUND_ID", nullable = false)
    private EvaluationRound round;

    /** The number members know the applicant by (答辩人 N), so that they never see a name. */
    @Column(name = "DEFENSE_NUMBER", nullable = false)
    private int number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "APPLICANT_ID", nullable = false)
    private Applicant applicant;

    @ManyToOne(optional = false)
    @JoinColumn(name = "PANEL_ID", nullable = false)
    private Panel panel;

    @Column(name = "STARTS_AT", nullable = false)
    private Instant start;

    @Column(name = "ENDS_AT", nullable = false)
    private Instant end;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "DEFENSE_ELIGIBLE_MEMBER", joinColumns = @JoinColumn(name = "DEFENSE_ID"))
    @OrderColumn(name = "POSITION")
    @Column(name = "MEMBER_ID")
    private List<Long> eligibleMemberIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "STAGE", nullable = false, length = 16)
    private DefenseStage stage;

    @Column(name = "STAGE_STARTED_AT")
    private Instant stageStartedAt;

    /** Eligible members present at any time while voting was open. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "DEFENSE_VOTING_PRESENT", joinColumns = @JoinColumn(name = "DEFENSE_ID"))
    @Column(name = "MEMBER_ID")
    private Set<Long> votingPresentMemberIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", nullable = false, length = 8)
    private Outcome outcome = Outcome.PENDING;

    @Column(name = "VOTING_OPENED_AT")
    private Instant votingOpenedAt;

    @Column(name = "CLOSED_AT")
    private Instant closedAt;

    /** The audit head right after the result was recorded: printed on the result sheet. */
    @Column(name = "CLOSED_AUDIT_HEAD", length = 64)
    private String closedAuditHead;

    @Column(name = "APPLICANT_ADMITTED_AT")
    private Instant applicantAdmittedAt;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Defense() {
    }

    public Defense(Applicant applicant, Panel panel, int number, TimeSpan span, List<Long> eligibleMemberIds,
            Instant createdAt) {
        this.round = applicant.round();
        this.applicant = applicant;
        this.panel = panel;
        this.number = number;
        this.start = span.start();
        this.end = span.end();
        this.eligibleMemberIds = new ArrayList<>(eligibleMemberIds);
        this.stage = DefenseStage.SCHEDULED;
        this.createdAt = createdAt;
    }

    /** Moves a defense that has not started yet; the caller has checked the scheduling rules. */
    public void reschedule(Panel panel, TimeSpan span, List<Long> eligibleMemberIds) {
        if (stage.started()) {
            throw new DefenseStateException("already_started", "The defense has started and cannot be moved.");
        }
        this.panel = panel;
        this.start = span.start();
        this.end = span.end();
        this.eligibleMemberIds = new ArrayList<>(eligibleMemberIds);
    }

    /** Moves the defense forward to a later stage; stages never go back. */
    public void advanceTo(DefenseStage target, Instant now) {
        if (stage == DefenseStage.CLOSED) {
            throw new DefenseStateException("defense_closed", "The defense is closed.");
        }
        if (!stage.isBefore(target)) {
            throw new DefenseStateException("invalid_stage",
                    "The defense is at " + stage + "; it can only move forward, not to " + target + ".");
        }
        if (target == DefenseStage.VOTING) {
            votingOpenedAt = now;
        }
        if (target == DefenseStage.CLOSED) {
            closedAt = now;
        }
        this.stage = target;
        this.stageStartedAt = now;
    }

    /** Counts an eligible member as present for the vote (at its opening, or joining during it). */
    public void markPresentForVoting(long memberId) {
        if (stage == DefenseStage.VOTING && isEligible(memberId)) {
            votingPresentMemberIds.add(memberId);
        }
    }

    public Set<Long> votingPresentMemberIds() {
        return Set.copyOf(votingPresentMemberIds);
    }

    public boolean reachedVoting() {
        return votingOpenedAt != null;
    }

    /** Settles the outcome at close; it never changes afterwards. */
    public void settle(Outcome outcome) {
        if (stage != DefenseStage.CLOSED || this.outcome != Outcome.PENDING) {
            throw new DefenseStateException("already_settled", "The outcome is settled at close, once.");
        }
        this.outcome = outcome;
    }

    public void sealWithAuditHead(String head) {
        if (closedAuditHead == null) {
            closedAuditHead = head;
        }
    }

    public String closedAuditHead() {
        return closedAuditHead;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Instant closedAt() {
        return closedAt;
    }

    /** The secretariat let the applicant in from the lobby; a later return skips the lobby. */
    public void admitApplicant(Instant now) {
        if (stage == DefenseStage.CLOSED) {
            throw new DefenseStateException("defense_closed", "The defense is closed.");
        }
        if (applicantAdmittedAt == null) {
            applicantAdmittedAt = now;
        }
    }

    public boolean applicantAdmitted() {
        return applicantAdmittedAt != null;
    }

    public boolean isEligible(long memberId) {
        return eligibleMemberIds.contains(memberId);
    }

    public TimeSpan span() {
        return new TimeSpan(start, end);
    }

    public Long id() {
        return id;
    }

    public EvaluationRound round() {
        return round;
    }

    public int number() {
        return number;
    }

    public Applicant applicant() {
        return applicant;
    }

    public Panel panel() {
        return panel;
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    public List<Long> eligibleMemberIds() {
        return List.copyOf(eligibleMemberIds);
    }

    public DefenseStage stage() {
        return stage;
    }

    public Instant stageStartedAt() {
        return stageStartedAt;
    }
}
