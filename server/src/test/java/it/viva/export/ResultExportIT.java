package it.viva.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Dates;
import it.viva.support.Defenses;
import it.viva.support.Fixtures;
import it.viva.support.RoomClient;
import it.viva.support.Voting;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The round's outcome list as a spreadsheet and as CSV: one row per mandatory applicant, read back
 * with the library that wrote it, the outcomes in Chinese, formulas disarmed in the CSV.
 */
class ResultExportIT {

    static final List<String> HEADER = List.of("姓名", "身份证号", "工作单位", "专业", "级别", "评审组", "答辩时间", "答辩结果",
            "答辩次数");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Map<String, String> OUTCOMES = Map.of("PENDING", "待答辩", "PASSED", "通过", "FAILED", "未通过",
            "INVALID", "无效（须重新答辩）", "ABSENT", "缺席");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Download(int status, String type, byte[] body) {
    }

    @Test
    void oneRowPerMandatoryApplicantInTheSpreadsheetAndTheCsv() throws IOException {
        try (Voting voting = Voting.with(5)) {
            Defenses.Setup setup = voting.setup;
            long round = setup.round();
            // Passed: every eligible member present votes PASS.
            voting.open();
            for (int m = 0; m < 5; m++) {
                assertEquals(201, voting.vote(m, "PASS", null).status());
            }
            assertEquals(200, voting.stage("CLOSED").status());
            assertEquals("PASSED", voting.result(Api.secretary()).getString("outcome"));

            // Scheduled, not held yet: 待答辩 after one attempt; names a spreadsheet would run.
            long formula = applicant(round, "=HYPERLINK(\"x\")", "SENIOR", "FEE_PAID");
            schedule(formula, setup.panel(), "2026-12-07T10:00:00+08:00");
            // Admitted, then closed before voting: INVALID.
            long invalid = applicant(round, "李无效", "DEPUTY_SENIOR", "FEE_PAID");
            long invalidDefense = schedule(invalid, setup.panel(), "2026-12-07T11:00:00+08:00");
            closeAfterAdmission(invalidDefense, invalid);
            // Mandatory without a defense, whatever their status; an intermediate one needs none.
            long plus = applicant(round, "+1", "SENIOR", "FEE_PAID");
            long minus = applicant(round, "-2", "SENIOR", "WITHDRAWN");
            long at = applicant(round, "@x", "DEPUTY_SENIOR", "SUBMITTED");
            long intermediate = applicant(round, "中级不答辩", "INTERMEDIATE", "FEE_PAID");

            Map<Long, JsonObject> applicants = new LinkedHashMap<>();
            for (JsonObject a : Api.secretary().get("/api/applicants?roundId=" + round).array()
                    .getValuesAs(JsonObject.class)) {
                applicants.put(a.getJsonNumber("id").longValue(), a);
            }
            String panel = Api.secretary().get("/api/panels/" + setup.panel()).json().getString("name");
            String specialty = specialtyName("ENG11");
            String day = Dates.shifted("2026-12-07");

            Download xlsx = download("/api/rounds/" + round + "/results.xlsx", Api.secretary().credentials());
            assertEquals(200, xlsx.status());
            assertEquals(XLSX, xlsx.type());
            List<List<String>> sheet = read(xlsx.body());
            assertEquals(HEADER, sheet.get(0));
            Map<String, List<String>> byName = new LinkedHashMap<>();
            sheet.subList(1, sheet.size()).forEach(row -> byName.put(row.get(0), row));
            assertEquals(6, sheet.size() - 1, "a row per mandatory applicant: " + sheet);
            assertEquals(List.of("保密姓名", "=HYPERLINK(\"x\")", "李无效", "+1", "-2", "@x"), List.copyOf(byName.keySet()));
            assertTrue(!byName.containsKey("中级不答辩") && applicants.containsKey(intermediate));

            assertEquals(List.of("保密姓名", applicants.get(setup.applicant()).getString("idNumber"),
                    "新疆昆仑交通规划设计院有限公司", specialty, "正高级", panel, day + " 09:00", "通过", "1"),
                    byName.get("保密姓名"));
            assertEquals(List.of(panel, day + " 10:00", "待答辩", "1"), byName.get("=HYPERLINK(\"x\")").subList(5, 9));
            assertEquals(List.of("副高级", panel, day + " 11:00", "无效（须重新答辩）", "1"), byName.get("李无效").subList(4, 9));
            for (long id : List.of(plus, minus, at)) {
                JsonObject a = applicants.get(id);
                assertEquals(List.of(a.getString("name"), a.getString("idNumber"), a.getString("employer"), specialty,
                        a.getString("level").equals("SENIOR") ? "正高级" : "副高级", "", "", "待答辩", "0"),
                        byName.get(a.getString("name")), "no defense yet");
            }

            Download csv = download("/api/rounds/" + round + "/results.csv", Api.secretary().credentials());
            assertEquals(200, csv.status());
            assertTrue(csv.type().toLowerCase().startsWith("text/csv"), csv.type());
            assertTrue(csv.type().toLowerCase().replace(" ", "").contains("charset=utf-8"), csv.type());
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv.body(), 3),
                    "the CSV starts with the UTF-8 byte order mark");
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(
                    new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8))).getRecords();
            assertEquals(HEADER, records.get(0).toList());
            assertEquals(7, records.size());
            assertEquals(List.of("保密姓名", "'=HYPERLINK(\"x\")", "李无效", "'+1", "'-2", "'@x"),
                    records.subList(1, 7).stream().map(r -> r.get(0)).toList(), "formulas disarmed with a leading '");
            for (int i = 1; i < 7; i++) {
                List<String> row = records.get(i).toList();
                List<String> same = sheet.get(i);
                assertEquals(same.subList(1, 9), row.subList(1, 9), "the CSV says what the spreadsheet says");
            }

            Api member = setup.member();
            assertEquals(403, download("/api/rounds/" + round + "/results.xlsx", member.credentials()).status());
            assertEquals(403, download("/api/rounds/" + round + "/results.csv", member.credentials()).status());
            assertEquals(401, download("/api/rounds/" + round + "/results.csv", null).status());
            Api.Reply unknown = Api.secretary().get("/api/rounds/999999999/results.csv");
            assertEquals(404, unknown.status(), unknown::toString);
            assertEquals("round_not_found", unknown.error());
        }
    }

    @Test
    void theListStaysAvailableAfterPublication() throws IOException {
        Defenses.Setup setup = Defenses.scheduled();
        setup.openLobby();
        assertEquals(200, Api.secretary().post("/api/defenses/" + setup.defense() + "/stage",
                "{\"stage\":\"CLOSED\"}").status());
        String outcome = Api.secretary().get("/api/defenses/" + setup.defense() + "/result").json().getString("outcome");
        Api.Reply published = Api.secretary().post("/api/rounds/" + setup.round() + "/publish", new byte[0], null);
        assertEquals(200, published.status(), published::toString);

        Download xlsx = download("/api/rounds/" + setup.round() + "/results.xlsx", Api.secretary().credentials());
        assertEquals(200, xlsx.status());
        List<List<String>> sheet = read(xlsx.body());
        assertEquals(2, sheet.size(), sheet::toString);
        assertEquals(List.of("保密姓名", OUTCOMES.get(outcome), "1"),
                List.of(sheet.get(1).get(0), sheet.get(1).get(7), sheet.get(1).get(8)));
        Download csv = download("/api/rounds/" + setup.round() + "/results.csv", Api.secretary().credentials());
        assertEquals(200, csv.status());
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).contains(OUTCOMES.get(outcome)));
    }

    private static long applicant(long round, String name, String level, String status) {
        return Fixtures.applicant(Fixtures.applicantBody(round, level).add("name", name).add("status", status));
    }

    private static long schedule(long applicant, long panel, String start) {
        Api.Reply reply = Api.secretary().post("/api/defenses", Dates.shifted("""
                {"applicantId": %d, "panelId": %d, "start": "%s"}""".formatted(applicant, panel, start)));
        assertEquals(201, reply.status(), reply::toString);
        return reply.id();
    }

    /** The applicant comes to the lobby with their link and is admitted; the defense closes before voting. */
    private static void closeAfterAdmission(long defense, long applicant) {
        Api.Reply link = Api.secretary().post("/api/defenses/" + defense + "/join-link", new byte[0], null);
        assertEquals(201, link.status(), link::toString);
        String token = URI.create(link.json().getString("url")).getFragment().substring("join=".length());
        assertEquals(200, Api.secretary().post("/api/defenses/" + defense + "/stage", "{\"stage\":\"LOBBY\"}").status());
        Api.Reply ticket = Api.anonymous().post("/api/defenses/" + defense + "/ticket",
                "{\"joinToken\": \"" + token + "\"}");
        assertEquals(201, ticket.status(), ticket::toString);
        try (RoomClient room = RoomClient.connect(defense, ticket.json().getString("ticket"))) {
            assertEquals("lobby", room.await("welcome").getString("state"));
            Defenses.verifyIdentity(defense);
            long deadline = System.currentTimeMillis() + 15_000;
            Api.Reply admitted;
            do {
                admitted = Api.secretary().post("/api/defenses/" + defense + "/admit", new byte[0], null);
            } while (admitted.status() == 409 && "not_waiting".equals(admitted.error())
                    && System.currentTimeMillis() < deadline && pause());
            assertEquals(200, admitted.status(), admitted::toString);
            room.await("admitted");
            Api.Reply closed = Api.secretary().post("/api/defenses/" + defense + "/stage", "{\"stage\":\"CLOSED\"}");
            assertEquals(200, closed.status(), closed::toString);
        }
        assertEquals("INVALID", Api.secretary().get("/api/defenses/" + defense + "/result").json().getString("outcome"),
                "admitted " + applicant + ", closed before voting");
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String specialtyName(String code) {
        return Api.secretary().get("/api/specialties").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("code").equals(code)).findFirst().orElseThrow().getString("name");
    }

    /** The sheet's rows as text, the attempts (a number in the workbook) written as a whole number. */
    private static List<List<String>> read(byte[] workbook) throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            List<Row> rows = book.getFirstSheet().read();
            List<List<String>> text = new java.util.ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                boolean header = r == 0;
                text.add(java.util.stream.IntStream.range(0, HEADER.size())
                        .mapToObj(c -> c == 8 && !header
                                ? Integer.toString(row.getCellAsNumber(c).orElseThrow().intValue())
                                : row.getCellAsString(c).orElse(""))
                        .toList());
            }
            return text;
        }
    }

    private static Download download(String path, Api.Credentials credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofSeconds(60))
                .GET();
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (credentials.username() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
