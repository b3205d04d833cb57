package viva.people;

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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import viva.catalog.Specialty;
import viva.catalog.TitleLevel;
import viva.round.EvaluationRound;

/** A person who applied for a title in a round (申报人). */
@Entity
@Table(name = "APPLICANT", uniqueConstraints = @UniqueConstraint(name = "UQ_APPLICANT_ROUND_ID_NUMBER",
        columnNames = {"ROUND_ID", "ID_NUMBER"}))
public class Applicant {

    /** Materials returned and not fixed within this time count as given up (notice, 四.14). */
    public static final Duration RETURN_GRACE = Duration.ofDays(2);

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ROUND_ID", nullable = false)
    private EvaluationRound round;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "ID_NUMBER", nullable = false, length = 18)
    private String idNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "GENDER", nullable = false, length = 8)
    private Gender gender;

    @Column(name = "EMPLOYER", nullable = false, length = 200)
    private String employer;

    @ManyToOne(optional = false)
    @JoinColumn(name = "SPECIALTY_CODE", nullable = false)
    private Specialty specialty;

    @Enumerated(EnumType.STRING)
    @Column(name = "TITLE_LEVEL", nullable = false, length = 16)
    private TitleLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 24)
    private ApplicantStatus status;

    @Column(name = "RETURNED_AT")
    private Instant returnedAt;

    @Column(name = "BARRED_UNTIL")
    private LocalDate barredUntil;

    @Column(name = "EMAIL", length = 200)
    private String email;

    @Column(name = "PHONE", length = 32)
    private String phone;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Applicant() {
    }

    public Applicant(EvaluationRound round, String name, IdNumber idNumber, Gender gender, String employer,
            Specialty specialty, TitleLevel level, ApplicantStatus status, Instant returnedAt, LocalDate barredUntil,
            Instant createdAt) {
        if (idNumber.gender() != gender) {
            throw new ApplicantRuleException("gender_mismatch", "the ID number's gender digit says "
                    + idNumber.gender() + ", the gender given is " + gender);
        }
        if (status == ApplicantStatus.RETURNED && returnedAt == null) {
            throw new ApplicantRuleException("returned_at_required", "a RETURNED applicant needs returnedAt");
        }
        this.round = round;
        this.name = name;
        this.idNumber = idNumber.value();
        this.gender = gender;
        this.employer = employer;
        this.specialty = specialty;
        this.level = level;
        this.status = status;
        this.returnedAt = returnedAt;
        this.barredUntil = barredUntil;
        this.createdAt = createdAt;
    }

    /**
     * Corrects the facts a secretariat may fix after registration (name, employer, status with its
     * return time, integrity bar); the same rule as at registration holds: RETURNED needs returnedAt.
     */
    public void correct(String name, String employer, ApplicantStatus status, Instant returnedAt,
            LocalDate barredUntil) {
        if (status == ApplicantStatus.RETURNED && returnedAt == null) {
            throw new ApplicantRuleException("returned_at_required", "a RETURNED applicant needs returnedAt");
        }
        this.name = name;
        this.employer = employer;
        this.status = status;
        this.returnedAt = returnedAt;
        this.barredUntil = barredUntil;
    }

    public boolean defenseRequired() {
        return level.requiresDefense();
    }

    /**
     * The status as the rules read it: an application returned and not fixed within two days
     * counts as given up (视为自动放弃), i.e. WITHDRAWN.
     */
    public ApplicantStatus effectiveStatus(Instant now) {
        if (status == ApplicantStatus.RETURNED && returnedAt != null
                && returnedAt.plus(RETURN_GRACE).isBefore(now)) {
            return ApplicantStatus.WITHDRAWN;
        }
        return status;
    }

    /** Why this applicant cannot be given a defense now, or empty when they can. */
    public Optional<Ineligibility> schedulingProblem(Instant now) {
        if (!defenseRequired()) {
            return Optional.of(Ineligibility.NOT_REQUIRED);
        }
        if (barredUntil != null && !barredUntil.isBefore(round.defenseFrom())) {
            return Optional.of(Ineligibility.BARRED);
        }
        return switch (effectiveStatus(now)) {
            case FEE_PAID -> Optional.empty();
            case WITHDRAWN -> Optional.of(status == ApplicantStatus.RETURNED
                    ? Ineligibility.RETURN_EXPIRED : Ineligibility.WITHDRAWN);
            case RETURNED -> Optional.of(Ineligibility.RETURNED);
            case SUBMITTED, COMMITTEE_RECEIVED -> Optional.of(Ineligibility.FEE_NOT_PAID);
        };
    }

    public Long id() {
        return id;
    }

    public EvaluationRound round() {
        return round;
    }

    public String name() {
        return name;
    }

    public String idNumber() {
        return idNumber;
    }

    public Gender gender() {
        return gender;
    }

    public String employer() {
        return employer;
    }

    public Specialty specialty() {
        return specialty;
    }

    public TitleLevel level() {
        return level;
    }

    public ApplicantStatus status() {
        return status;
    }

    public Instant returnedAt() {
        return returnedAt;
    }

    public Contact contact() {
        return new Contact(email, phone);
    }

    public void reachAt(Contact contact) {
        this.email = contact.email();
        this.phone = contact.phone();
    }

    public LocalDate barredUntil() {
        return barredUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
