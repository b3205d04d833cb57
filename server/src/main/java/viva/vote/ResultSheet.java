package viva.vote;

import viva.defense.Decision;
import viva.defense.Outcome;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import viva.defense.Defense;

/**
 * The printable result sheet of one closed defense, as PDF: outcome, counts, each vote with its
 * reason, times, and the audit head at close, which ties the sheet to the tamper-evident trail.
 */
public final class ResultSheet {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ResultSheet() {
    }

    /** @param incidents the lines on lost connections (IncidentSummary), printed under the counts */
    public static byte[] pdf(Defense defense, ResultService.Result result, List<String> incidents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            // The Adobe CJK font ships with the library as CMaps; readers supply the glyphs.
            BaseFont chinese = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            // Latin text in a Latin font, so that the sheet's figures and hash can be searched and copied.
            Fonts title = new Fonts(new Font(Font.HELVETICA, 16, Font.BOLD), new Font(chinese, 16, Font.BOLD));
            Fonts text = new Fonts(new Font(Font.HELVETICA, 10), new Font(chinese, 10.5f));
            document.open();
            Paragraph heading = paragraph("答辩结果单 Result sheet", title);
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
            document.add(paragraph(defense.round().name(), text));
            document.add(paragraph(" ", text));
            PdfPTable facts = new PdfPTable(2);
            facts.setWidthPercentage(100);
            var zone = defense.round().zone();
            row(facts, text, "答辩编号 Defense", "答辩人 " + defense.number() + " (#" + defense.id() + ")");
            row(facts, text, "申报人 Applicant", defense.applicant().name() + " · " + defense.applicant().employer());
            row(facts, text, "专业 / 级别", defense.applicant().specialty().name() + " / "
                    + defense.applicant().level().label());
            row(facts, text, "评审组 Panel", defense.panel().name());
            row(facts, text, "时间 Scheduled", TIME.format(defense.start().atZone(zone)) + " – "
                    + TIME.format(defense.end().atZone(zone)) + " (" + zone.getId() + ")");
            row(facts, text, "结束 Closed", result.closedAt() == null ? "—" : TIME.format(result.closedAt()));
            row(facts, text, "结果 Outcome", label(result.outcome()) + " " + result.outcome().name());
            row(facts, text, "法定人数 Quorum", String.valueOf(result.quorum()));
            row(facts, text, "应到 Eligible", String.valueOf(result.eligible()));
            row(facts, text, "实到 Present", String.valueOf(result.present()));
            row(facts, text, "投票 Votes cast", String.valueOf(result.votesCast()));
            row(facts, text, "否决 Vetoes", result.vetoes() == null ? "—" : String.valueOf(result.vetoes()));
            row(facts, text, "断线 Connections lost", incidents.isEmpty() ? "无 none" : String.join("\n", incidents));
            row(facts, text, "身份核验 Identity check", identityCheck(defense));
            document.add(facts);
            document.add(paragraph(" ", text));
            PdfPTable votes = new PdfPTable(new float[] {2, 1.2f, 4.5f, 2.3f});
            votes.setWidthPercentage(100);
            for (String header : new String[] {"评委 Member", "表决 Vote", "理由 Reason", "时间 Cast at"}) {
                votes.addCell(paragraph(header, text));
            }
            for (ResultService.VoteView vote : result.votes()) {
                votes.addCell(paragraph(vote.name(), text));
                votes.addCell(paragraph(vote.decision() == Decision.VETO ? "否决 VETO" : "通过 PASS", text));
                votes.addCell(paragraph(vote.reason() == null ? "" : vote.reason(), text));
                votes.addCell(paragraph(TIME.format(vote.castAt()), text));
            }
            document.add(votes);
            document.add(paragraph(" ", text));
            document.add(paragraph("审计链头 Audit head at close: "
                    + (defense.closedAuditHead() == null ? "—" : defense.closedAuditHead()), text));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the result sheet could not be laid out", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A Latin font and a Chinese one; each run of text is set in the one that has its glyphs. */
    private record Fonts(Font latin, Font chinese) {
    }

    private static Paragraph paragraph(String content, Fonts fonts) {
        FontSelector selector = new FontSelector();
        selector.addFont(fonts.latin());
        selector.addFont(fonts.chinese());
        return new Paragraph(selector.process(content));
    }

    /** Every sheet says whether the round required the identity check, and whether it was made. */
    static String identityCheck(Defense defense) {
        String made = defense.identitySha256().map(sha -> "已核验 verified, still SHA-256 " + sha)
                .orElse("未核验 not verified");
        return (defense.round().identityCheck() ? "本轮要求 required · " : "本轮不要求 not required · ") + made;
    }

    private static void row(PdfPTable table, Fonts fonts, String label, String value) {
        table.addCell(paragraph(label, fonts));
        table.addCell(paragraph(value, fonts));
    }

    private static String label(Outcome outcome) {
        return switch (outcome) {
            case PENDING -> "未结束";
            case PASSED -> "通过";
            case FAILED -> "未通过";
            case INVALID -> "无效（须重新答辩）";
            case ABSENT -> "缺席（不予通过）";
        };
    }
}
