package viva.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The outcome list as files: an Excel workbook, and CSV that Excel opens with its Chinese intact. */
public final class ResultFiles {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Makes Excel read the CSV as UTF-8 (without it, Excel in a Chinese locale reads GBK). */
    static final char BOM = '\uFEFF';

    private static final double[] WIDTHS = {12, 22, 30, 20, 10, 16, 18, 20, 10};

    private ResultFiles() {
    }

    /** One sheet 答辩结果: the header row, then a row per line; the attempts as numbers. */
    public static byte[] xlsx(List<ResultList.Line> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Viva", "1.0");
            Worksheet sheet = workbook.newWorksheet("答辩结果");
            for (int c = 0; c < ResultList.HEADER.size(); c++) {
                sheet.value(0, c, ResultList.HEADER.get(c));
                sheet.width(c, WIDTHS[c]);
            }
            sheet.range(0, 0, 0, ResultList.HEADER.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            int row = 1;
            for (ResultList.Line line : lines) {
                List<String> cells = line.cells();
                for (int c = 0; c < cells.size() - 1; c++) {
                    // Written as text, never as a formula, whatever the text begins with.
                    sheet.value(row, c, cells.get(c));
                }
                sheet.value(row, cells.size() - 1, line.attempts());
                row++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** RFC 4180 CSV in UTF-8 after a byte order mark, each cell guarded against formula injection. */
    public static byte[] csv(List<ResultList.Line> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write(BOM);
            printer.printRecord(ResultList.HEADER);
            for (ResultList.Line line : lines) {
                printer.printRecord(line.cells().stream().map(ResultFiles::guarded).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A cell a spreadsheet would take for a formula (one that begins with =, +, - or @, or with a
     * tab or carriage return before one) gets a leading apostrophe, so that it stays text.
     */
    static String guarded(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
