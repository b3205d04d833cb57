package it.viva.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.viva.support.Api;
import it.viva.support.Dates;
import it.viva.support.Defenses;
import it.viva.support.Fixtures;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Join notices by email, received by a real SMTP server (GreenMail) that the test starts on the
 * loopback port the test server is configured to mail through (-Dviva.smtp.port).
 */
class NoticeIT {

    static final int SMTP_PORT = Integer.getInteger("viva.it.smtpPort", 19025);
    static final long MAIL_WAIT_MILLIS = 60_000;
    static final Pattern LINK = Pattern.compile("个人答辩链接：(\\S+)");

    static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = started();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    static GreenMail started() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    /** The round's own defense (no email) at 09:00, and one at 10:00 for an applicant with an address. */
    record Day(Defenses.Setup setup, long defense, long applicant, String email) {
    }

    static Day day() {
        Defenses.Setup setup = Defenses.scheduled();
        String email = Fixtures.unique("wang").toLowerCase() + "@example.org";
        long applicant = Fixtures.applicant(Fixtures.applicantBody(setup.round(), "SENIOR").add("name", "王通知")
                .add("email", email));
        Api.Reply defense = Api.secretary().post("/api/defenses", Dates.shifted("""
                {"applicantId": %d, "panelId": %d, "start": "2026-12-07T10:00:00+08:00"}"""
                .formatted(applicant, setup.panel())));
        assertEquals(201, defense.status(), defense::toString);
        return new Day(setup, defense.id(), applicant, email);
    }

    @Test
    void theNoticeArrivesWithThePersonalLinkAndTheLocalTime() throws Exception {
        Day day = day();
        int number = Api.secretary().get("/api/defenses/" + day.defense()).json().getInt("number");
        int events = auditEvents();

        Api.Reply sent = Api.secretary().post("/api/defenses/" + day.defense() + "/notice", new byte[0], null);
        assertEquals(202, sent.status(), sent::toString);
        assertEquals("SENT", sent.json().getString("status"));
        assertEquals(day.email(), sent.json().getString("email"));
        assertEquals(day.applicant(), sent.json().getJsonNumber("applicantId").longValue());
        assertFalse(sent.body().contains("join="), "the answer carries no token: " + sent.body());
        assertEquals(events + 2, auditEvents(), "joinlink.created and notice.sent");

        MimeMessage mail = awaitMailTo(day.email());
        assertEquals("答辩通知", mail.getSubject().substring(0, 4));
        assertTrue(mail.getSubject().contains("第 " + number + " 号"), mail.getSubject());
        assertEquals("secretariat@viva.test", mail.getFrom()[0].toString());
        assertTrue(mail.getContentType().toLowerCase().startsWith("text/plain"), mail.getContentType());
        String text = (String) mail.getContent();
        assertTrue(text.startsWith("王通知同志："), text);
        assertTrue(text.contains("答辩编号：第 " + number + " 号"), text);
        assertTrue(text.contains("答辩时间：" + Dates.shifted("2026-12-07") + "（周一）10:00–10:30（北京时间）"),
                "the time in the round's zone: " + text);
        for (String item : List.of("摄像头", "麦克风", "身份证", "安静")) {
            assertTrue(text.contains(item), item + " to prepare: " + text);
        }
        String link = link(text);
        assertTrue(link.startsWith(Api.BASE + "/defense.html?d=" + day.defense() + "#join="), link);
        String token = link.substring(link.indexOf("#join=") + "#join=".length());

        // The link is the applicant's: before the lobby opens it is told to wait, afterwards it enters.
        assertEquals("lobby_not_open", ticket(day.defense(), token).error());
        Api.Reply entry = Api.secretary().post("/api/defenses/" + day.defense() + "/stage", "{\"stage\":\"LOBBY\"}");
        assertEquals(200, entry.status(), entry::toString);
        Api.Reply ticket = ticket(day.defense(), token);
        assertEquals(201, ticket.status(), ticket::toString);
        assertTrue(ticket.json().getString("ticket").length() > 10);
    }

    @Test
    void aDaysNoticesReportEachApplicantAndAMissingAddress() throws Exception {
        Day day = day();
        Api.Reply none = Api.secretary().post("/api/defenses/" + day.setup().defense() + "/notice", new byte[0], null);
        assertEquals(409, none.status(), none::toString);
        assertEquals("no_email", none.error());

        smtp.purgeEmailFromAllMailboxes();
        Api.Reply all = Api.secretary().post("/api/rounds/" + day.setup().round() + "/notices?date="
                + Dates.shifted("2026-12-07"), new byte[0], null);
        assertEquals(200, all.status(), all::toString);
        JsonObject report = all.json();
        assertEquals(1, report.getInt("sent"));
        assertEquals(0, report.getInt("failed"));
        assertEquals(1, report.getInt("noEmail"));
        List<JsonObject> notices = report.getJsonArray("notices").getValuesAs(JsonObject.class);
        assertEquals(2, notices.size(), report::toString);
        assertEquals(day.setup().defense(), notices.get(0).getJsonNumber("defenseId").longValue(), "09:00 first");
        assertEquals("NO_EMAIL", notices.get(0).getString("status"));
        assertEquals(day.defense(), notices.get(1).getJsonNumber("defenseId").longValue());
        assertEquals("SENT", notices.get(1).getString("status"));
        assertTrue(link(awaitMailTo(day.email())).contains("#join="));

        Api.Reply otherDay = Api.secretary().post("/api/rounds/" + day.setup().round() + "/notices?date="
                + Dates.shifted("2026-12-08"), new byte[0], null);
        assertEquals(200, otherDay.status(), otherDay::toString);
        assertEquals(0, otherDay.json().getJsonArray("notices").size());

        for (String bad : List.of("", "?date=", "?date=2026-13-01", "?date=tomorrow")) {
            Api.Reply refused = Api.secretary().post("/api/rounds/" + day.setup().round() + "/notices" + bad,
                    new byte[0], null);
            assertEquals(400, refused.status(), bad + " → " + refused);
            assertEquals("invalid_value", refused.error(), refused::toString);
        }
        Api.Reply unknown = Api.secretary().post("/api/rounds/999999999/notices?date=" + Dates.shifted("2026-12-07"),
                new byte[0], null);
        assertEquals(404, unknown.status(), unknown::toString);
        Api.Reply member = day.setup().member().post("/api/rounds/" + day.setup().round() + "/notices?date="
                + Dates.shifted("2026-12-07"), new byte[0], null);
        assertEquals(403, member.status(), member::toString);
        assertEquals(403, day.setup().member().post("/api/defenses/" + day.defense() + "/notice", new byte[0], null)
                .status());
        assertEquals(404, Api.secretary().post("/api/defenses/999999999/notice", new byte[0], null).status());
    }

    @Test
    void aFailedDeliveryIsReportedAndAuditedAndTheEarlierLinkStillWorks() throws Exception {
        Day day = day();
        smtp.purgeEmailFromAllMailboxes();
        assertEquals(202, Api.secretary().post("/api/defenses/" + day.defense() + "/notice", new byte[0], null)
                .status());
        String token = link(awaitMailTo(day.email()));
        token = token.substring(token.indexOf("#join=") + "#join=".length());

        smtp.stop();
        try {
            int events = auditEvents();
            Api.Reply failed = Api.secretary().post("/api/defenses/" + day.defense() + "/notice", new byte[0], null);
            assertEquals(502, failed.status(), failed::toString);
            assertEquals("mail_failed", failed.error());
            assertEquals(day.email(), failed.json().getString("email"));
            assertFalse(failed.json().getString("reason").isBlank(), failed::toString);
            assertFalse(failed.body().contains("Exception"), "names no Java class: " + failed.body());
            assertEquals(events + 1, auditEvents(), "notice.failed, and no new link");

            Api.Reply all = Api.secretary().post("/api/rounds/" + day.setup().round() + "/notices?date="
                    + Dates.shifted("2026-12-07"), new byte[0], null);
            assertEquals(200, all.status(), all::toString);
            assertEquals(1, all.json().getInt("failed"));
            assertEquals(0, all.json().getInt("sent"));
            JsonObject mine = all.json().getJsonArray("notices").getValuesAs(JsonObject.class).stream()
                    .filter(n -> n.getJsonNumber("defenseId").longValue() == day.defense()).findFirst().orElseThrow();
            assertEquals("FAILED", mine.getString("status"));
            assertFalse(mine.getString("reason").isBlank());
            assertEquals(events + 2, auditEvents(), "the day's failure is audited too");
        } finally {
            smtp = started();
        }
        // The mails that failed replaced nothing: the link sent before still enters.
        Api.Reply entry = Api.secretary().post("/api/defenses/" + day.defense() + "/stage", "{\"stage\":\"LOBBY\"}");
        assertEquals(200, entry.status(), entry::toString);
        assertEquals(201, ticket(day.defense(), token).status());
    }

    private static Api.Reply ticket(long defense, String token) {
        return Api.anonymous().post("/api/defenses/" + defense + "/ticket", "{\"joinToken\": \"" + token + "\"}");
    }

    private static int auditEvents() {
        return Api.secretary().get("/api/audit/verify").json().getInt("events");
    }

    private static String link(MimeMessage mail) throws Exception {
        return link((String) mail.getContent());
    }

    private static String link(String text) {
        Matcher m = LINK.matcher(text);
        assertTrue(m.find(), "a personal link in " + text);
        return m.group(1);
    }

    /** Waits, generously, for a mail to the address; the SMTP server keeps every mail it received. */
    private static MimeMessage awaitMailTo(String address) throws Exception {
        long deadline = System.currentTimeMillis() + MAIL_WAIT_MILLIS;
        while (true) {
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                if (Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                    return mail;
                }
            }
            assertTrue(System.currentTimeMillis() < deadline, "no mail to " + address + " within " + MAIL_WAIT_MILLIS
                    + " ms");
            smtp.waitForIncomingEmail(1_000, smtp.getReceivedMessages().length + 1);
        }
    }
}
