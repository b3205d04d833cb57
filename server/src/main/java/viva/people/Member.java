package viva.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import viva.catalog.Specialty;
import viva.security.UserAccount;
import viva.system.Refusal;

/** A committee member (评委/答辩专家): an expert with specialties and a sign-in account. */
@Entity
@Table(name = "MEMBER")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "EMPLOYER", nullable = false, length = 200)
    private String employer;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "MEMBER_SPECIALTY", joinColumns = @JoinColumn(name = "MEMBER_ID"),
            inverseJoinColumns = @JoinColumn(name = "SPECIALTY_CODE"))
    @OrderBy("position")
    private List<Specialty> specialties = new ArrayList<>();

    @OneToOne(optional = false)
    @JoinColumn(name = "ACCOUNT_ID", nullable = false, unique = true)
    private UserAccount account;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Member() {
    }

    public Member(String name, String employer, List<Specialty> specialties, UserAccount account, Instant createdAt) {
        this.name = name;
        this.employer = employer;
        this.specialties = new ArrayList<>(specialties);
        this.account = account;
        this.createdAt = createdAt;
    }

    /** Corrects the expert's record: name, employer and specialties (at least one). */
    public void correct(String name, String employer, List<Specialty> specialties) {
        if (specialties.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "no_specialty",
                    "an expert has at least one specialty");
        }
        this.name = name;
        this.employer = employer;
        this.specialties = new ArrayList<>(specialties);
    }

    /** 回避: a member from the applicant's employer does not sit on that defense. */
    public boolean sharesEmployerWith(Applicant applicant) {
        return Employers.same(employer, applicant.employer());
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String employer() {
        return employer;
    }

    public List<Specialty> specialties() {
        return List.copyOf(specialties);
    }

    public UserAccount account() {
        return account;
    }
}
