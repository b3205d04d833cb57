package viva.notice;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The join notice (答辩通知) an applicant receives by email, in plain text: the defense's number,
 * its date and time in the round's zone, the personal link and what to prepare.
 */
public record JoinNotice(String subject, String text) {

    /** What the notice is made of, all as the applicant should read it. */
    public record Facts(String roundName, ZoneId zone, String applicantName, String specialty, String level,
            int number, Instant start, Instant end, String url, Instant linkExpiresAt) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
    private static final Map<String, String> ZONE_NAMES = Map.of("Asia/Shanghai", "北京时间",
            "Asia/Urumqi", "乌鲁木齐时间");

    public static JoinNotice of(Facts f) {
        ZonedDateTime start = f.start().atZone(f.zone());
        ZonedDateTime end = f.end().atZone(f.zone());
        String zone = zoneName(f.zone(), start);
        String subject = "答辩通知：" + f.roundName() + " 第 " + f.number() + " 号答辩";
        String text = String.join("\n",
                f.applicantName() + "同志：",
                "",
                "您申报的" + f.specialty() + f.level() + "职称，视频答辩安排如下：",
                "",
                "答辩编号：第 " + f.number() + " 号",
                "答辩时间：" + DATE.format(start) + "（" + weekday(start.getDayOfWeek()) + "）" + TIME.format(start)
                        + "–" + TIME.format(end) + "（" + zone + "）",
                "答辩方式：视频答辩。请于开始前 15 分钟用电脑上的新版 Chrome 或 Edge 浏览器打开下方个人链接，"
                        + "检查摄像头和麦克风后进入候场区，等待秘书处准入。",
                "个人答辩链接：" + f.url(),
                "链接有效期至：" + DATE_TIME.format(f.linkExpiresAt().atZone(f.zone())) + "（" + zone + "）",
                "",
                "请提前准备：",
                "1. 摄像头：电脑自带或外接，答辩全程开启；",
                "2. 麦克风：或带麦克风的耳机，事先试音；",
                "3. 本人身份证原件：候场时向秘书处出示，核验身份；",
                "4. 安静的房间：光线充足，答辩期间无他人在场、无人打扰。",
                "",
                "该链接仅限本人使用，请勿转发。如再次收到答辩通知，请使用最新通知中的链接，此前的链接不能再用于进入答辩。",
                "",
                f.roundName() + " 秘书处",
                "");
        return new JoinNotice(subject, text);
    }

    /** 北京时间 for Asia/Shanghai and so on; any other zone by its name and offset at the defense. */
    static String zoneName(ZoneId zone, ZonedDateTime at) {
        String known = ZONE_NAMES.get(zone.getId());
        return known != null ? known : zone.getId() + "，UTC" + at.getOffset().getId().replace("Z", "+00:00");
    }

    private static String weekday(DayOfWeek day) {
        return WEEKDAYS[day.getValue() - 1];
    }
}
