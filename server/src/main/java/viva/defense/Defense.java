package viva.defense;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import viva.panel.Panel;
import viva.system.Refusal;
import viva.people.Applicant;
import viva.people.Member;
import viva.round.EvaluationRound;
import viva.round.StageMinutes;
import viva.round.TimeSpan;

/** One applicant's defense before one panel at one time, and where it stands. */
@Entity
@Table(name = "DEFENSE", uniqueConstraints = @UniqueConstraint(name = "UQ_DEFENSE_ROUND_NUMBER",
        columnNames = {"ROUND_ID", "DEFENSE_NUMBER"}))
public class Defense {

    /** The one rule by which a defense's votes become its outcome. */
    private static final OutcomePolicy OUTCOME = new OneVoteVeto();

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

    /** The applicant's defense before this one, which closed INVALID or ABSENT; null for a first. */
    @ManyToOne
    @JoinColumn(name = "PREVIOUS_DEFENSE_ID")
    private Defense previous;

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

    /** When the secretariat last sent the admitted applicant out to the lobby; null while they may be in the room. */
    @Column(name = "APPLICANT_SENT_OUT_AT")
    private Instant applicantSentOutAt;

    /** Since when the admitted applicant is away from the room (socket lost, in the lobby); null while there. */
    @Column(name = "APPLICANT_AWAY_SINCE")
    private Instant applicantAwaySince;

    /** Time the current stage's clock stood still, ended pauses only. */
    @Column(name = "CLOCK_PAUSED_MILLIS", nullable = false)
    private long clockPausedMillis;

    /** Since when the current stage's clock stands still; null while it runs. */
    @Column(name = "CLOCK_PAUSED_SINCE")
    private Instant clockPausedSince;
    /** The SHA-256 of the still the secretariat took when it checked the applicant's identity (人证核验). */
    @Column(name = "IDENTITY_SHA256", length = 64)
    private String identitySha256;

    @Column(name = "IDENTITY_VERIFIED_AT")
    private Instant identityVerifiedAt;

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

    /** This defense holds again one that closed INVALID or ABSENT; set when it is booked. */
    public void follow(Defense earlier) {
        if (earlier.stage() != DefenseStage.CLOSED || !earlier.outcome().allowsAnotherDefense()) {
            throw new IllegalArgumentException("defense " + earlier.id() + " may not be held again");
        }
        this.previous = earlier;
    }

    public Optional<Defense> previous() {
        return Optional.ofNullable(previous);
    }

    /** Once the lobby opened, the defense keeps its time and panel: it can be neither moved nor cancelled. */
    public void refuseIfStarted(String change) {
        if (stage.started()) {
            throw new DefenseStateException("already_started", "The defense has started and cannot be " + change + ".");
        }
    }

    /** Moves a defense that has not started yet; the caller has checked the scheduling rules. */
    public void reschedule(Panel panel, TimeSpan span, List<Long> eligibleMemberIds) {
        refuseIfStarted("moved");
        this.panel = panel;
        this.start = span.start();
        this.end = span.end();
        this.eligibleMemberIds = new ArrayList<>(eligibleMemberIds);
        this.eligibleMemberIds.removeAll(recusedMemberIds());
    }

    /**
     * Moves the defense forward to a later stage short of CLOSED ({@link #close} settles it); any
     * stage may be skipped, none taken again. Voting opens only once the applicant was admitted and
     * with at least {@code quorum} eligible members present, who then count as present for the vote.
     */
    public void advanceTo(DefenseStage target, Presence presence, int quorum, Instant now) {
        if (target == DefenseStage.CLOSED) {
            throw new IllegalArgumentException("a defense is closed by close(), which settles its outcome");
        }
        requireForward(target);
        if (target == DefenseStage.VOTING) {
            if (!applicantAdmitted()) {
                // Nobody votes on an applicant who never appeared: closed so, the defense is ABSENT.
                throw Refusal.conflict("applicant_not_admitted",
                        "The applicant was never admitted; voting opens only after they have defended.");
            }
            Set<Long> present = eligibleAmong(presence);
            if (present.size() < quorum) {
                throw new Refusal(Refusal.Kind.CONFLICT, "no_quorum", present.size()
                        + " eligible member(s) present; voting needs " + quorum + ".");
            }
            votingOpenedAt = now;
            votingPresentMemberIds.addAll(present);
        }
        this.stage = target;
        this.stageStartedAt = now;
        restartClock(now);
    }

    /**
     * Closes the defense and settles its outcome from the votes stored, once: see
     * {@link OneVoteVeto} (never admitted → ABSENT; closed before voting → INVALID).
     *
     * @return the counts the outcome was decided on
     */
    public Tally close(List<CastVote> votes, int quorum, Instant now) {
        requireForward(DefenseStage.CLOSED);
        this.stage = DefenseStage.CLOSED;
        this.stageStartedAt = now;
        restartClock(now);
        this.closedAt = now;
        Tally tally = tally(votes, quorum);
        this.outcome = OUTCOME.resolve(tally);
        return tally;
    }

    /** The counts the outcome rests on; a voter counts as present from their vote. */
    public Tally tally(List<CastVote> votes, int quorum) {
        Set<Long> present = new HashSet<>(votingPresentMemberIds);
        votes.forEach(v -> present.add(v.memberId()));
        int vetoes = (int) votes.stream().filter(v -> v.decision() == Decision.VETO).count();
        return new Tally(applicantAdmitted(), reachedVoting(), quorum, eligibleMemberIds.size(), present.size(), votes.size(), vetoes,
                votes.size() - vetoes);
    }

    private void requireForward(DefenseStage target) {
        if (stage == DefenseStage.CLOSED) {
            throw new DefenseStateException("defense_closed", "The defense is closed.");
        }
        if (!stage.isBefore(target)) {
            throw new DefenseStateException("invalid_stage",
                    "The defense is at " + stage + "; it can only move forward, not to " + target + ".");
        }
    }

    /** The eligible members among those present. */
    public Set<Long> eligibleAmong(Presence presence) {
        Set<Long> eligible = new HashSet<>(presence.members());
        eligible.retainAll(eligibleMemberIds);
        return eligible;
    }

    /** Refuses a voter who is not on the panel or is recused; says nothing of the stage. */
    public void requireEligibleVoter(long memberId) {
        boolean onPanel = panel.members().stream().anyMatch(m -> m.id() == memberId);
        if (!onPanel || !isEligible(memberId)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "not_eligible", "Only the defense's eligible panel members vote.");
        }
    }

    /** Refuses a vote now unless voting is open and the voter is in the room. */
    public void requireOpenVoteFor(long memberId, Presence presence) {
        if (stage != DefenseStage.VOTING) {
            throw new Refusal(Refusal.Kind.CONFLICT, "not_voting", "Voting is not open (the defense is at "
                    + stage + ").");
        }
        if (!presence.members().contains(memberId)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "not_present", "Only members present in the room vote.");
        }
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

    /** When the defense was booked: an applicant's latest defense is the one booked last. */
    public Instant createdAt() {
        return createdAt;
    }

    /**
     * The secretariat lets the applicant in from the lobby, where they must be waiting: the first
     * time, or back after being sent out. Once admitted, a return after a drop skips the lobby.
     * Never while the panel deliberates (退出会场回避): the applicant comes back only to the close.
     */
    public void admitApplicant(Presence presence, Instant now) {
        if (stage == DefenseStage.CLOSED) {
            throw new DefenseStateException("defense_closed", "The defense is closed.");
        }
        if (stage == DefenseStage.VOTING) {
            throw new DefenseStateException("deliberation_private",
                    "The panel deliberates in private; the applicant waits in the lobby until the close.");
        }
        if (!presence.applicantWaiting()) {
            throw Refusal.conflict("not_waiting", "The applicant is not waiting in the lobby.");
        }
        if (round.identityCheck() && identitySha256 == null) {
            throw Refusal.conflict("identity_not_verified",
                    "Check the applicant's identity against the photo on file (or the ID card) before admitting.");
        }
        if (applicantAdmittedAt == null) {
            applicantAdmittedAt = now;
        }
        applicantSentOutAt = null;
    }

    /**
     * The secretariat sends the admitted applicant out to the lobby (or removes them): they come
     * back, also by their join link, only when admitted again. Having been admitted stays true.
     */
    public void sendApplicantToLobby(Instant now) {
        if (stage == DefenseStage.CLOSED) {
            throw new DefenseStateException("defense_closed", "The defense is closed.");
        }
        if (applicantAdmittedAt != null) {
            applicantSentOutAt = now;
        }
    }

    /**
     * The secretariat compared the applicant's live video with the photo on file (or the ID card)
     * and kept a still of it; allowed from the lobby until the close, the latest check counting.
     */
    public void verifyIdentity(String stillSha256, Instant now) {
        if (stage == DefenseStage.CLOSED) {
            throw new DefenseStateException("defense_closed", "The defense is closed.");
        }
        if (!stage.started()) {
            throw new DefenseStateException("lobby_not_open", "Open the lobby before checking the applicant's identity.");
        }
        identitySha256 = stillSha256;
        identityVerifiedAt = now;
    }

    public Optional<String> identitySha256() {
        return Optional.ofNullable(identitySha256);
    }

    public Instant identityVerifiedAt() {
        return identityVerifiedAt;
    }

    public boolean applicantAdmitted() {
        return applicantAdmittedAt != null;
    }

    /** Whether the applicant, entering now, goes straight into the room (admitted, and not sent out since). */
    public boolean applicantGoesStraightIn() {
        return applicantAdmittedAt != null && applicantSentOutAt == null;
    }

    // --- The fair clock: an absent applicant loses no statement or answering time ---------------

    /**
     * The admitted applicant is no longer in the room: in STATEMENT and QUESTIONS the stage's clock
     * stops until they are back. An applicant never admitted, or a closed defense, changes nothing.
     *
     * @return whether the clock paused
     */
    public boolean applicantAway(Instant now) {
        if (!applicantAdmitted() || stage == DefenseStage.CLOSED || applicantAwaySince != null) {
            return false;
        }
        applicantAwaySince = now;
        if (stage.pausesForApplicant()) {
            clockPausedSince = now;
            return true;
        }
        return false;
    }

    /**
     * The admitted applicant is back in the room: a paused clock runs again from where it stood.
     *
     * @return whether the clock resumed
     */
    public boolean applicantBack(Instant now) {
        if (applicantAwaySince == null) {
            return false;
        }
        applicantAwaySince = null;
        if (clockPausedSince == null) {
            return false;
        }
        clockPausedMillis += Math.max(0, Duration.between(clockPausedSince, now).toMillis());
        clockPausedSince = null;
        return true;
    }

    public boolean applicantAway() {
        return applicantAwaySince != null;
    }

    /** A new stage's clock starts from its full length, and stands still at once if the applicant is still away. */
    private void restartClock(Instant now) {
        clockPausedMillis = 0;
        clockPausedSince = applicantAwaySince != null && stage.pausesForApplicant() ? now : null;
    }

    /** The current stage's countdown at {@code now}. */
    public StageClock clock(Instant now) {
        Integer seconds = stageSeconds(stage);
        boolean paused = clockPausedSince != null;
        if (seconds == null || stageStartedAt == null) {
            return new StageClock(stage, null, paused, now);
        }
        long stood = clockPausedMillis + (paused ? Math.max(0, Duration.between(clockPausedSince, now).toMillis()) : 0);
        long ran = Duration.between(stageStartedAt, now).toMillis() - stood;
        return new StageClock(stage, seconds * 1000L - ran, paused, now);
    }

    /** How long a stage lasts for this applicant's level, in seconds; null for a stage without a clock. */
    public Integer stageSeconds(DefenseStage of) {
        StageMinutes minutes = round.stageMinutes(applicant.level());
        if (minutes == null) {
            return null;
        }
        return switch (of) {
            case STATEMENT -> minutes.statement() * 60;
            case QUESTIONS -> minutes.questions() * 60;
            case VOTING -> minutes.voting() * 60;
            default -> null;
        };
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

    // --- Recusals beyond the employer: a member stands down from this defense ---------------

    @OneToMany(mappedBy = "defense", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("recordedAt")
    private List<Recusal> recusals = new ArrayList<>();

    /**
     * The member stands down from this defense (回避) for the reason given: they leave its
     * eligible members, so that they take no ticket, cast no vote and are not counted for the
     * quorum. Only before voting opens, only for an eligible member of the panel, and only while
     * the others still make the quorum (otherwise the defense goes to another panel instead).
     *
     * @param declared whether the member declares it themselves (else the secretariat records it)
     */
    public Recusal recuse(Member member, String reason, String recordedBy, boolean declared, int quorum,
            Instant now) {
        if (stage == DefenseStage.CLOSED) {
            throw new DefenseStateException("defense_closed", "The defense is closed.");
        }
        if (!stage.isBefore(DefenseStage.VOTING)) {
            throw new DefenseStateException("voting_open",
                    "Voting has opened: a member can no longer stand down from this defense.");
        }
        if (panel.members().stream().noneMatch(m -> m.id().equals(member.id()))) {
            throw Refusal.notFound("member_not_on_panel", "Member " + member.id()
                    + " does not sit on this defense's panel.");
        }
        if (!isEligible(member.id())) {
            // Not why: a shared employer would narrow down who the applicant is.
            throw Refusal.conflict("already_recused", "Member " + member.id() + " stands down from this defense already.");
        }
        int remaining = eligibleMemberIds.size() - 1;
        if (remaining < quorum) {
            throw new Refusal(Refusal.Kind.CONFLICT, "quorum_lost", "Without member " + member.id() + " "
                    + remaining + " eligible member(s) would remain; the quorum is " + quorum
                    + ". Move the defense to another panel instead.",
                    Map.of("quorum", quorum, "eligible", eligibleMemberIds.size()));
        }
        Recusal recusal = new Recusal(this, member, reason, recordedBy, declared, now);
        recusals.add(recusal);
        eligibleMemberIds.remove(member.id());
        return recusal;
    }

    /** The members who stood down from this defense beyond the employer rule. */
    public Set<Long> recusedMemberIds() {
        return recusals.stream().map(r -> r.member().id()).collect(Collectors.toUnmodifiableSet());
    }

    public List<Recusal> recusals() {
        return List.copyOf(recusals);
    }
}
