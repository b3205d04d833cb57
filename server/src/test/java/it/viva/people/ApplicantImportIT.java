package it.viva.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Fixtures;
import jakarta.json.JsonObject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import viva.testing.IdNumbers;

class ApplicantImportIT {

    private final Api api = Api.secretary();

    private Api.Reply importCsv(long round, String csv) {
        return api.post("/api/applicants/import?roundId=" + round, csv.getBytes(StandardCharsets.UTF_8),
                "text/csv; charset=UTF-8");
    }

    @Test
    void importsTheGoodLinesAndReportsEachRejectedLine() {
        long round = Fixtures.round();
        String a = IdNumbers.random(true);
        String b = IdNumbers.of("650103", LocalDate.of(1982, 3, 4), 20, false);
        String csv = String.join("\n",
                "name,idNumber,gender,employer,specialtyCode,level,status",
                "张伟," + a + ",MALE,新疆天山建设工程有限公司,ENG11,SENIOR,FEE_PAID",
                "李娜," + b + ",FEMALE,新疆丝路信通科技有限公司,ENG12,DEPUTY_SENIOR,COMMITTEE_RECEIVED",
                "王五,123,MALE,某单位,ENG11,SENIOR,FEE_PAID",
                "赵六," + IdNumbers.random(true) + ",MALE,某单位,ENG99,SENIOR,FEE_PAID",
                "重复," + a + ",MALE,某单位,ENG11,SENIOR,FEE_PAID",
                "短行,only,three",
                "",
                "钱七," + IdNumbers.random(true) + ",MALE,某单位,ENG11,博士,FEE_PAID") + "\n";
        Api.Reply reply = importCsv(round, csv);
        assertEquals(200, reply.status(), reply::toString);
        JsonObject result = reply.json();
        assertEquals(2, result.getInt("created"));
        var rejected = result.getJsonArray("rejected").getValuesAs(JsonObject.class);
        assertEquals(List.of(4, 5, 6, 7, 9), rejected.stream().map(r -> r.getInt("line")).toList());
        assertTrue(rejected.get(0).getString("reason").contains("idNumber"));
        assertTrue(rejected.get(1).getString("reason").contains("ENG99"));
        assertTrue(rejected.get(2).getString("reason").contains("earlier line"));
        assertTrue(rejected.get(3).getString("reason").contains("fields"));
        assertTrue(rejected.get(4).getString("reason").contains("level"));
        assertEquals(2, Fixtures.count(api.get("/api/applicants?roundId=" + round)));

        Api.Reply again = importCsv(round, "name,idNumber,gender,employer,specialtyCode,level,status\n"
                + "张伟," + a + ",MALE,新疆天山建设工程有限公司,ENG11,SENIOR,FEE_PAID\n");
        assertEquals(0, again.json().getInt("created"));
        assertTrue(again.json().getJsonArray("rejected").getJsonObject(0).getString("reason")
                .contains("already in the round"));
    }

    @Test
    void aLineWhoseTextTurnsAroundIsRejectedWithItsReason() {
        long round = Fixtures.round();
        String csv = String.join("\n",
                "name,idNumber,gender,employer,specialtyCode,level,status",
                "王建国\u202Egnp.exe," + IdNumbers.random(true) + ",MALE,某单位,ENG11,SENIOR,FEE_PAID",
                "张伟," + IdNumbers.random(true) + ",MALE,某\u2067单位,ENG11,SENIOR,FEE_PAID",
                "李强," + IdNumbers.random(true) + ",MALE,某单位,ENG11,SENIOR,FEE_PAID") + "\n";
        Api.Reply reply = importCsv(round, csv);
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(1, reply.json().getInt("created"), reply::toString);
        var rejected = reply.json().getJsonArray("rejected").getValuesAs(JsonObject.class);
        assertEquals(List.of(2, 3), rejected.stream().map(r -> r.getInt("line")).toList());
        assertTrue(rejected.get(0).getString("reason").startsWith("name: holds the bidirectional control U+202E"),
                rejected::toString);
        assertTrue(rejected.get(1).getString("reason").startsWith("employer: holds the bidirectional control U+2067"),
                rejected::toString);
    }

    @Test
    void readsAChineseExportWithChineseValues() {
        long round = Fixtures.round();
        String csv = "\uFEFF姓名,身份证号,性别,工作单位,专业代码,级别,状态,退回时间\r\n"
                + "阿依古丽," + IdNumbers.of("652801", LocalDate.of(1985, 7, 1), 42, false)
                + ",女,\"新疆昆仑交通规划设计院有限公司\",公路运输工程专业,正高级,已缴费,\r\n"
                + "马强," + IdNumbers.of("654002", LocalDate.of(1978, 11, 11), 13, true)
                + ",男,伊犁河谷生态林业发展有限公司,AGR,副高级,已退回,2026-11-28T16:00:00+08:00\r\n";
        Api.Reply reply = importCsv(round, csv);
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(2, reply.json().getInt("created"), reply::toString);
        var list = api.get("/api/applicants?roundId=" + round).array().getValuesAs(JsonObject.class);
        JsonObject ayi = list.stream().filter(a -> a.getString("name").equals("阿依古丽")).findFirst().orElseThrow();
        assertEquals("FEMALE", ayi.getString("gender"));
        assertEquals("ENG03", ayi.getString("specialtyCode"));
        assertEquals("SENIOR", ayi.getString("level"));
        JsonObject ma = list.stream().filter(a -> a.getString("name").equals("马强")).findFirst().orElseThrow();
        assertEquals("RETURNED", ma.getString("status"));
        assertEquals("AGR", ma.getString("specialtyCode"));
    }

    @Test
    void refusesWholeFilesThatCannotBeReadAndStoresNothing() {
        long round = Fixtures.round();
        String header = "姓名,身份证号,性别,工作单位,专业代码,级别,状态\n";
        String line = "张伟," + IdNumbers.random(true) + ",男,某单位,ENG11,正高级,已缴费\n";

        Api.Reply gbk = api.post("/api/applicants/import?roundId=" + round,
                (header + line).getBytes(Charset.forName("GBK")), "text/csv");
        assertEquals(400, gbk.status(), gbk::toString);
        assertEquals("invalid_encoding", gbk.error());

        Api.Reply missing = importCsv(round, "姓名,性别\n张伟,男\n");
        assertEquals(400, missing.status());
        assertEquals("missing_column", missing.error());

        Api.Reply empty = importCsv(round, "");
        assertEquals(400, empty.status());
        assertEquals("missing_header", empty.error());

        Api.Reply json = api.post("/api/applicants/import?roundId=" + round, "{}".getBytes(), "application/json");
        assertEquals(415, json.status());
        assertEquals("unsupported_media_type", json.error());

        byte[] huge = new byte[10 * 1024 * 1024 + 10];
        Arrays.fill(huge, (byte) 'a');
        byte[] head = header.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, huge, 0, head.length);
        Api.Reply tooLarge = api.post("/api/applicants/import?roundId=" + round, huge, "text/csv");
        assertEquals(413, tooLarge.status());
        assertEquals("too_large", tooLarge.error());

        Api.Reply noRound = api.post("/api/applicants/import?roundId=987654321",
                (header + line).getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(404, noRound.status());

        assertEquals(0, Fixtures.count(api.get("/api/applicants?roundId=" + round)));
    }
}
