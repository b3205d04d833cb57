package viva.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import viva.defense.Outcome;

class ResultFilesTest {

    static final List<ResultList.Line> LINES = List.of(
            new ResultList.Line(1, "=HYPERLINK(\"x\")", "650102197505051118", "+1 公司", "建筑专业", "正高级", "-组",
                    "2026-12-07 09:00", Outcome.PASSED, 1),
            new ResultList.Line(2, "@x", "650102197505061114", "某院", "建筑专业", "副高级", "", "", Outcome.PENDING, 0),
            new ResultList.Line(3, "\t=1+1", "650102197505071110", "a,b \"c\"", "建筑专业", "正高级", "组", "", Outcome.INVALID,
                    1));

    @Test
    void csvIsUtf8AfterAByteOrderMarkWithFormulasDisarmed() throws IOException {
        byte[] csv = ResultFiles.csv(LINES);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        assertEquals(ResultList.HEADER, records.get(0).toList());
        assertEquals(List.of("'=HYPERLINK(\"x\")", "650102197505051118", "'+1 公司", "建筑专业", "正高级", "'-组",
                "2026-12-07 09:00", "通过", "1"), records.get(1).toList());
        assertEquals(List.of("'@x", "副高级", "", "", "待答辩", "0"),
                List.of(records.get(2).get(0), records.get(2).get(4), records.get(2).get(5), records.get(2).get(6),
                        records.get(2).get(7), records.get(2).get(8)));
        assertEquals("'\t=1+1", records.get(3).get(0));
        assertEquals("a,b \"c\"", records.get(3).get(2), "quoted as RFC 4180 says");
        assertEquals(4, records.size());
    }

    @Test
    void theWorkbookReadsBackAsWrittenWithTextNeverAFormula() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(ResultFiles.xlsx(LINES)))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("答辩结果", workbook.getFirstSheet().getName());
            assertEquals(4, rows.size());
            assertEquals(ResultList.HEADER, cells(rows.get(0), 9));
            assertEquals(List.of("=HYPERLINK(\"x\")", "650102197505051118", "+1 公司", "建筑专业", "正高级", "-组",
                    "2026-12-07 09:00", "通过"), cells(rows.get(1), 8));
            assertEquals(1, rows.get(1).getCellAsNumber(8).orElseThrow().intValue());
            assertEquals("待答辩", rows.get(2).getCellAsString(7).orElseThrow());
            assertEquals(0, rows.get(2).getCellAsNumber(8).orElseThrow().intValue());
            assertEquals("无效（须重新答辩）", rows.get(3).getCellAsString(7).orElseThrow());
            assertEquals(null, rows.get(1).getCell(0).getFormula(), "a name is never a formula");
        }
    }

    private static List<String> cells(Row row, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(c -> row.getCellAsString(c).orElse("")).toList();
    }
}
