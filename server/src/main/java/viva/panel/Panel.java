package viva.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import viva.catalog.Specialty;
import viva.people.Member;
import viva.round.EvaluationRound;

/** A defense panel (答辩小组) of a round: 5 to 9 members, one of them the chair. */
@Entity
@Table(name = "PANEL", uniqueConstraints = @UniqueConstraint(name = "UQ_PANEL_ROUND_NAME",
        columnNames = {"ROUND_ID", "NAME"}))
public class Panel {

    public static final int MIN_MEMBERS = 5;
    public static final int MAX_MEMBERS = 9;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ROUND_ID", nullable = false)
    private EvaluationRound round;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "PANEL_SPECIALTY", joinColumns = @JoinColumn(name = "PANEL_ID"),
            inverseJoinColumns = @JoinColumn(name = "SPECIALTY_CODE"))
    @OrderBy("position")
    private List<Specialty> specialties = new ArrayList<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "PANEL_MEMBER", joinColumns = @JoinColumn(name = "PANEL_ID"),
            inverseJoinColumns = @JoinColumn(name = "MEMBER_ID"))
    @OrderColumn(name = "POSITION")
    private List<Member> members = new ArrayList<>();

    @ManyToOne(optional = false)
    @JoinColumn(name = "CHAIR_ID", nullable = false)
    private Member chair;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Panel() {
    }

    public Panel(EvaluationRound round, String name, List<Specialty> specialties, List<Member> members, Member chair,
            Instant createdAt) {
        requireComposition(specialties, members, chair);
        this.round = round;
        this.name = name;
        this.specialties = new ArrayList<>(specialties);
        this.members = new ArrayList<>(members);
        this.chair = chair;
        this.createdAt = createdAt;
    }

    /** Corrects who sits on the panel, its chair and what it covers, by the same rules as a new panel. */
    public void recompose(List<Specialty> specialties, List<Member> members, Member chair) {
        requireComposition(specialties, members, chair);
        this.specialties = new ArrayList<>(specialties);
        this.members = new ArrayList<>(members);
        this.chair = chair;
    }

    private static void requireComposition(List<Specialty> specialties, List<Member> members, Member chair) {
        if (specialties.isEmpty()) {
            throw new PanelRuleException("no_specialty", "a panel covers at least one specialty");
        }
        if (members.size() < MIN_MEMBERS || members.size() > MAX_MEMBERS) {
            throw new PanelRuleException("panel_size", "a panel has " + MIN_MEMBERS + " to " + MAX_MEMBERS
                    + " members, not " + members.size());
        }
        // One persistence context gives one instance per member, so identity is enough here.
        if (new HashSet<>(members).size() != members.size()) {
            throw new PanelRuleException("duplicate_member", "a member is listed twice");
        }
        if (!members.contains(chair)) {
            throw new PanelRuleException("chair_not_member", "the chair must be one of the panel's members");
        }
    }

    public boolean covers(Specialty specialty) {
        return specialties.stream().anyMatch(s -> s.code().equals(specialty.code()));
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

    public List<Specialty> specialties() {
        return List.copyOf(specialties);
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    public Member chair() {
        return chair;
    }

    public int size() {
        return members.size();
    }
}
