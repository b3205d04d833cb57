package viva.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class JoinNoticeTest {

    static final String URL = "https://viva.example.org/defense.html?d=42#join=TOKEN";

    static JoinNotice notice(String zone) {
        return JoinNotice.of(new JoinNotice.Facts("2026年度工程系列职称评审", ZoneId.of(zone), "王建国", "建筑专业", "正高级", 7,
                Instant.parse("2026-12-07T02:00:00Z"), Instant.parse("2026-12-07T02:30:00Z"), URL,
                Instant.parse("2026-12-07T04:30:00Z")));
    }

    @Test
    void saysWhenInTheRoundsZoneWhereAndWhatToPrepare() {
        JoinNotice notice = notice("Asia/Shanghai");
        assertEquals("答辩通知：2026年度工程系列职称评审 第 7 号答辩", notice.subject());
        String text = notice.text();
        assertTrue(text.startsWith("王建国同志：\n"), text);
        assertTrue(text.contains("您申报的建筑专业正高级职称"), text);
        assertTrue(text.contains("答辩编号：第 7 号\n"), text);
        assertTrue(text.contains("答辩时间：2026-12-07（周一）10:00–10:30（北京时间）\n"), text);
        assertTrue(text.contains("个人答辩链接：" + URL + "\n"), text);
        assertTrue(text.contains("链接有效期至：2026-12-07 12:30（北京时间）"), text);
        for (String item : new String[] {"摄像头", "麦克风", "身份证", "安静的房间"}) {
            assertTrue(text.contains(item), item + " in " + text);
        }
        assertTrue(text.endsWith("2026年度工程系列职称评审 秘书处\n"), text);
    }

    @Test
    void anotherZoneIsNamedWithItsOffset() {
        String text = notice("Asia/Urumqi").text();
        assertTrue(text.contains("答辩时间：2026-12-07（周一）08:00–08:30（乌鲁木齐时间）"), text);
        String london = notice("Europe/London").text();
        assertTrue(london.contains("02:00–02:30（Europe/London，UTC+00:00）"), london);
    }
}
