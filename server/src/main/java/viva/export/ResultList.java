package viva.export;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import viva.defense.Defense;
import viva.defense.Outcome;
import viva.people.Applicant;

/**
 * A round's outcome list: one line per mandatory applicant (defense required, whatever their
 * status), whose result is their latest defense, the one booked last; an applicant without a
 * closed latest defense is 待答辩. Cancelled defenses are deleted, so they are not counted.
 */
public final class ResultList {

    /** The header row, as a provincial export names its columns. */
    public static final List<String> HEADER = List.of("姓名", "身份证号", "工作单位", "专业", "级别", "评审组", "答辩时间",
            "答辩结果", "答辩次数");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One applicant's line; panel and time are those of the latest defense, empty without one. */
    public record Line(long applicantId, String name, String idNumber, String employer, String specialty,
            String level, String panel, String defenseTime, Outcome outcome, int attempts) {

        /** The cells in the order of {@link #HEADER}, every one as text. */
        public List<String> cells() {
            return List.of(name, idNumber, employer, specialty, level, panel, defenseTime, label(outcome),
                    Integer.toString(attempts));
        }
    }

    private ResultList() {
    }

    /** The lines of the given applicants (in their order) from the round's defenses, times in the zone. */
    public static List<Line> of(List<Applicant> applicants, List<Defense> defenses, ZoneId zone) {
        Map<Long, List<Defense>> byApplicant = new HashMap<>();
        for (Defense defense : defenses) {
            byApplicant.computeIfAbsent(defense.applicant().id(), id -> new ArrayList<>()).add(defense);
        }
        Comparator<Defense> booked = Comparator.comparing(Defense::createdAt).thenComparing(Defense::id);
        List<Line> lines = new ArrayList<>();
        for (Applicant applicant : applicants) {
            if (!applicant.defenseRequired()) {
                continue;
            }
            List<Defense> own = byApplicant.getOrDefault(applicant.id(), List.of());
            Defense latest = own.stream().max(booked).orElse(null);
            lines.add(new Line(applicant.id(), applicant.name(), applicant.idNumber(), applicant.employer(),
                    applicant.specialty().name(), applicant.level().label(),
                    latest == null ? "" : latest.panel().name(),
                    latest == null ? "" : TIME.format(latest.start().atZone(zone)),
                    latest == null ? Outcome.PENDING : latest.outcome(), own.size()));
        }
        return lines;
    }

    /** The outcome as the result sheet and the console word it; a defense not yet closed is 待答辩. */
    public static String label(Outcome outcome) {
        return switch (outcome) {
            case PENDING -> "待答辩";
            case PASSED -> "通过";
            case FAILED -> "未通过";
            case INVALID -> "无效（须重新答辩）";
            case ABSENT -> "缺席";
        };
    }
}
