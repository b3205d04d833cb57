package viva.people;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import viva.system.Refusal;

/**
 * Reads an applicant list as exported by the provincial platform: UTF-8, a header row with
 * English field names or Chinese headers, one applicant a line. Lines are counted from 1, the
 * header being line 1; a line that cannot be read is rejected on its own.
 */
public final class ApplicantCsv {

    public record Line(int line, NewApplicant request) {
    }

    public record Rejection(int line, String reason) {
    }

    public record Parsed(List<Line> lines, List<Rejection> rejected) {
    }

    enum Column {
        NAME(true, "name", "姓名"),
        ID_NUMBER(true, "idNumber", "身份证号", "身份证号码", "公民身份号码"),
        GENDER(true, "gender", "性别"),
        EMPLOYER(true, "employer", "工作单位", "单位"),
        SPECIALTY(true, "specialtyCode", "专业代码", "专业", "申报专业"),
        LEVEL(true, "level", "级别", "申报级别"),
        STATUS(true, "status", "状态", "申报状态"),
        RETURNED_AT(false, "returnedAt", "退回时间"),
        BARRED_UNTIL(false, "barredUntil", "诚信限制截止日期", "限制申报截止日期"),
        EMAIL(false, "email", "邮箱", "电子邮箱"),
        PHONE(false, "phone", "手机号", "手机", "联系电话");

        final boolean required;
        final Set<String> headers;

        Column(boolean required, String... headers) {
            this.required = required;
            this.headers = Set.of(headers);
        }

        static Column forHeader(String header) {
            String text = header.strip();
            for (Column c : values()) {
                for (String h : c.headers) {
                    if (h.equalsIgnoreCase(text)) {
                        return c;
                    }
                }
            }
            return null;
        }
    }

    private ApplicantCsv() {
    }

    public static Parsed parse(byte[] content, Long roundId) {
        String text = decode(content);
        List<Line> lines = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord headerRecord;
            try {
                headerRecord = next(records);
            } catch (UncheckedIOException | IllegalStateException e) {
                throw Refusal.invalid("unreadable_header",
                        "The header row on line 1 cannot be read (an unclosed quote?).");
            }
            if (headerRecord == null || isBlank(headerRecord)) {
                throw Refusal.invalid("missing_header", "The file needs a header row on line 1.");
            }
            Map<Column, Integer> columns = header(headerRecord);
            long previousEnd = parser.getCurrentLineNumber();
            while (true) {
                int line = (int) previousEnd + 1;
                CSVRecord record;
                try {
                    record = next(records);
                } catch (UncheckedIOException | IllegalStateException e) {
                    rejected.add(new Rejection(line, "the line cannot be read (an unclosed quote?); "
                            + "the rest of the file was not read"));
                    break;
                }
                if (record == null) {
                    break;
                }
                previousEnd = parser.getCurrentLineNumber();
                if (isBlank(record)) {
                    continue;
                }
                if (record.size() != headerRecord.size()) {
                    rejected.add(new Rejection(line, "expected " + headerRecord.size() + " fields as in the header, found "
                            + record.size()));
                    continue;
                }
                lines.add(new Line(line, request(record, columns, roundId)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Parsed(lines, rejected);
    }

    private static CSVRecord next(Iterator<CSVRecord> records) {
        return records.hasNext() ? records.next() : null;
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw Refusal.invalid("invalid_encoding",
                    "The file is not UTF-8 text. Save it as UTF-8 (CSV UTF-8) and import it again.");
        }
    }

    private static Map<Column, Integer> header(CSVRecord record) {
        Map<Column, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            Column column = Column.forHeader(record.get(i));
            if (column == null) {
                continue;
            }
            if (columns.putIfAbsent(column, i) != null) {
                throw Refusal.invalid("duplicate_column", "The header names the column \""
                        + record.get(i).strip() + "\" twice.");
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column c : Column.values()) {
            if (c.required && !columns.containsKey(c)) {
                missing.add(c.headers.stream().filter(h -> h.chars().allMatch(ch -> ch < 128)).findFirst()
                        .orElseThrow());
            }
        }
        if (!missing.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "missing_column",
                    "The header row lacks the column(s) " + String.join(", ", missing) + ".",
                    Map.of("missing", missing));
        }
        return columns;
    }

    private static NewApplicant request(CSVRecord record, Map<Column, Integer> columns, Long roundId) {
        return new NewApplicant(roundId,
                value(record, columns, Column.NAME),
                value(record, columns, Column.ID_NUMBER),
                value(record, columns, Column.GENDER),
                value(record, columns, Column.EMPLOYER),
                value(record, columns, Column.SPECIALTY),
                value(record, columns, Column.LEVEL),
                value(record, columns, Column.STATUS),
                value(record, columns, Column.RETURNED_AT),
                value(record, columns, Column.BARRED_UNTIL),
                value(record, columns, Column.EMAIL),
                value(record, columns, Column.PHONE));
    }

    private static String value(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String text = record.get(index).strip();
        return text.isEmpty() ? null : text;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
