package viva.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import viva.system.Refusal;

class ApplicantCsvTest {

    private static ApplicantCsv.Parsed parse(String text) {
        return ApplicantCsv.parse(text.getBytes(StandardCharsets.UTF_8), 7L);
    }

    @Test
    void readsEnglishHeadersAndKeepsTheRound() {
        ApplicantCsv.Parsed parsed = parse("""
                name,idNumber,gender,employer,specialtyCode,level,status
                王建国,650102197505050113,MALE,新疆天山建设工程有限公司,ENG11,SENIOR,FEE_PAID
                """);
        assertEquals(1, parsed.lines().size());
        ApplicantCsv.Line line = parsed.lines().get(0);
        assertEquals(2, line.line());
        assertEquals("王建国", line.request().name());
        assertEquals("ENG11", line.request().specialtyCode());
        assertEquals(7L, line.request().roundId());
        assertNull(line.request().returnedAt());
    }

    @Test
    void readsChineseHeadersInAnyOrderWithExtraColumnsAndABom() {
        ApplicantCsv.Parsed parsed = parse("\uFEFF序号,性别,姓名,身份证号,工作单位,专业代码,级别,状态\n"
                + "1,女,李娜,652301197906031004,新疆丝路信通科技有限公司,信息通信专业,副高级,已缴费\n");
        NewApplicant request = parsed.lines().get(0).request();
        assertEquals("李娜", request.name());
        assertEquals("女", request.gender());
        assertEquals("信息通信专业", request.specialtyCode());
        assertEquals("副高级", request.level());
        assertEquals("已缴费", request.status());
    }

    @Test
    void countsLinesFromTheHeaderThroughBlankLinesAndQuotedLineBreaks() {
        ApplicantCsv.Parsed parsed = parse("""
                name,idNumber,gender,employer,specialtyCode,level,status
                A,1,MALE,e,ENG01,SENIOR,FEE_PAID

                B,2,MALE,"two
                lines",ENG01,SENIOR,FEE_PAID
                C,3,MALE,e,ENG01,SENIOR
                D,4,MALE,e,ENG01,SENIOR,FEE_PAID
                """);
        assertEquals(List.of(2, 4, 7), parsed.lines().stream().map(ApplicantCsv.Line::line).toList());
        assertEquals(1, parsed.rejected().size());
        assertEquals(6, parsed.rejected().get(0).line());
        assertTrue(parsed.rejected().get(0).reason().contains("expected 7 fields"));
    }

    @Test
    void anUnclosedQuoteRejectsItsLineAndStops() {
        ApplicantCsv.Parsed parsed = parse("""
                name,idNumber,gender,employer,specialtyCode,level,status
                A,1,MALE,e,ENG01,SENIOR,FEE_PAID
                B,2,MALE,"broken,ENG01,SENIOR,FEE_PAID
                C,3,MALE,e,ENG01,SENIOR,FEE_PAID
                """);
        assertEquals(1, parsed.lines().size());
        assertEquals(3, parsed.rejected().get(0).line());
        assertTrue(parsed.rejected().get(0).reason().contains("unclosed quote"));
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] gbk = "姓名,身份证号,性别,工作单位,专业代码,级别,状态\n".getBytes(Charset.forName("GBK"));
        Refusal e = assertThrows(Refusal.class, () -> ApplicantCsv.parse(gbk, null));
        assertEquals("invalid_encoding", e.code());
    }

    @Test
    void refusesAHeaderWithoutTheRequiredColumns() {
        Refusal e = assertThrows(Refusal.class, () -> parse("name,gender\nA,MALE\n"));
        assertEquals("missing_column", e.code());
        assertTrue(e.getMessage().contains("idNumber"));
        assertEquals("missing_header", assertThrows(Refusal.class, () -> parse("")).code());
        assertEquals("duplicate_column", assertThrows(Refusal.class,
                () -> parse("name,姓名,idNumber,gender,employer,specialtyCode,level,status\n")).code());
    }
}
