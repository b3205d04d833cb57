package viva.round;

import viva.system.Refusal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import viva.catalog.TitleLevel;

/** One evaluation round (评审): its defense period, daily windows and stage lengths. */
@Entity
@Table(name = "EVALUATION_ROUND")
public class EvaluationRound {

    /** The longest defense period: a year. Scheduling walks every day of it, so it must stay bounded. */
    public static final int MAX_PERIOD_DAYS = 366;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "ROUND_YEAR", nullable = false)
    private int year;

    @Column(name = "TIME_ZONE", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "DEFENSE_FROM", nullable = false)
    private LocalDate defenseFrom;

    @Column(name = "DEFENSE_TO", nullable = false)
    private LocalDate defenseTo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ROUND_WINDOW", joinColumns = @JoinColumn(name = "ROUND_ID"))
    @OrderColumn(name = "POSITION")
    private List<DailyWindow> dailyWindows = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ROUND_STAGE_MINUTES", joinColumns = @JoinColumn(name = "ROUND_ID"))
    @MapKeyColumn(name = "TITLE_LEVEL", length = 16)
    @MapKeyEnumerated(EnumType.STRING)
    private Map<TitleLevel, StageMinutes> stageMinutes = new EnumMap<>(TitleLevel.class);

    @Column(name = "CHANGEOVER_MINUTES", nullable = false)
    private int changeoverMinutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ROUND_EXCLUDED_DATE", joinColumns = @JoinColumn(name = "ROUND_ID"))
    @Column(name = "EXCLUDED_DATE")
    private List<LocalDate> excludedDates = new ArrayList<>();

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "PUBLISHED_AT")
    private Instant publishedAt;

    @Column(name = "PUBLISHED_HEAD", length = 64)
    private String publishedHead;

    /** Whether the secretariat must check each applicant's identity before admitting them (the default). */
    @Column(name = "IDENTITY_CHECK", nullable = false)
    private boolean identityCheck = true;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected EvaluationRound() {
    }

    /**
     * A round as the secretariat plans it. The caller has parsed the values; the rules that tie
     * them together are checked here.
     */
    public EvaluationRound(String name, int year, ZoneId timeZone, LocalDate defenseFrom, LocalDate defenseTo,
            List<DailyWindow> dailyWindows, Map<TitleLevel, StageMinutes> stageMinutes, int changeoverMinutes,
            List<LocalDate> excludedDates, Instant createdAt) {
        if (defenseTo.isBefore(defenseFrom)) {
            throw new RoundRuleException("period_reversed", "defenseTo must not be before defenseFrom");
        }
        if (defenseFrom.plusDays(MAX_PERIOD_DAYS).isBefore(defenseTo)) {
            throw new RoundRuleException("period_too_long", "defenseTo may lie at most "
                    + MAX_PERIOD_DAYS + " days after defenseFrom");
        }
        if (dailyWindows.isEmpty()) {
            throw new RoundRuleException("no_daily_window", "a round needs at least one daily window");
        }
        for (int i = 0; i < dailyWindows.size(); i++) {
            for (int j = i + 1; j < dailyWindows.size(); j++) {
                if (dailyWindows.get(i).overlaps(dailyWindows.get(j))) {
                    throw new RoundRuleException("windows_overlap", "daily windows " + (i + 1) + " and "
                            + (j + 1) + " overlap");
                }
            }
        }
        for (TitleLevel level : TitleLevel.values()) {
            if (!stageMinutes.containsKey(level)) {
                throw new RoundRuleException("stage_minutes_missing", "stageMinutes has no entry for " + level);
            }
        }
        this.name = name;
        this.year = year;
        this.timeZone = timeZone.getId();
        this.defenseFrom = defenseFrom;
        this.defenseTo = defenseTo;
        this.dailyWindows = new ArrayList<>(dailyWindows);
        this.dailyWindows.sort((a, b) -> a.from().compareTo(b.from()));
        this.stageMinutes = new EnumMap<>(stageMinutes);
        this.changeoverMinutes = changeoverMinutes;
        this.excludedDates = new ArrayList<>(new TreeSet<>(excludedDates));
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int year() {
        return year;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalDate defenseFrom() {
        return defenseFrom;
    }

    public LocalDate defenseTo() {
        return defenseTo;
    }

    public List<DailyWindow> dailyWindows() {
        return List.copyOf(dailyWindows);
    }

    public Map<TitleLevel, StageMinutes> stageMinutes() {
        return Map.copyOf(stageMinutes);
    }

    public StageMinutes stageMinutes(TitleLevel level) {
        return stageMinutes.get(level);
    }

    public int changeoverMinutes() {
        return changeoverMinutes;
    }

    public List<LocalDate> excludedDates() {
        return List.copyOf(excludedDates);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Results are published once: asked first, before whether the round is settled. */
    public void refusePublishingAgain() {
        if (publishedAt != null) {
            throw Refusal.conflict("already_published", "The round's results are published already.");
        }
    }

    /** Publishes the round's results once; the audit head at that moment is kept with them. */
    public void publish(Instant now, String auditHead) {
        refusePublishingAgain();
        this.publishedAt = now;
        this.publishedHead = auditHead;
    }

    /**
     * Publication settles the round: the published outcomes are the round's, so its schedule and
     * its people no longer change. Every such change asks this first, before any other rule.
     */
    public void refuseChangesOncePublished() {
        if (publishedAt != null) {
            throw Refusal.conflict("round_published",
                    "The round's results are published; its schedule and applicants no longer change.");
        }
    }

    public boolean identityCheck() {
        return identityCheck;
    }

    /** Turns the identity check before admission on or off; said on every result sheet of the round. */
    public void requireIdentityCheck(boolean required) {
        this.identityCheck = required;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedHead() {
        return publishedHead;
    }

    /** When defenses of this round may take place. */
    public ScheduleCalendar calendar() {
        return new ScheduleCalendar(zone(), defenseFrom, defenseTo,
                dailyWindows.stream().map(w -> new ScheduleCalendar.Window(w.from(), w.to())).toList(),
                Set.copyOf(excludedDates), changeoverMinutes);
    }

    /** How long a defense at this level lasts: the sum of its stages. */
    public int defenseMinutes(TitleLevel level) {
        return stageMinutes.get(level).total();
    }
}
