package viva.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import viva.system.Refusal;

class MailerTest {

    static Mailer mailer(String host, String port, String from) {
        Mailer mailer = new Mailer();
        mailer.host = Optional.ofNullable(host);
        mailer.port = Optional.ofNullable(port);
        mailer.from = Optional.ofNullable(from);
        mailer.user = Optional.empty();
        mailer.password = Optional.empty();
        return mailer;
    }

    @Test
    void withoutAHostOrASenderNothingIsSent() {
        Refusal refusal = assertThrows(Refusal.class, () -> mailer(null, null, "viva@example.org").requireConfigured());
        assertEquals("mail_not_configured", refusal.code());
        assertEquals(Refusal.Kind.CONFLICT, refusal.kind());
        assertTrue(refusal.getMessage().contains("VIVA_SMTP_HOST"), refusal.getMessage());
        assertTrue(mailer(" ", null, "viva@example.org").missing().orElseThrow().contains("VIVA_SMTP_HOST"));
        assertTrue(mailer("smtp.example.org", null, null).missing().orElseThrow().contains("VIVA_SMTP_FROM"));
        assertTrue(mailer("smtp.example.org", null, "not an address").missing().orElseThrow().contains("VIVA_SMTP_FROM"));
        assertTrue(mailer("smtp.example.org", "70000", "viva@example.org").missing().orElseThrow()
                .contains("VIVA_SMTP_PORT"));
        assertTrue(mailer("smtp.example.org", "smtp", "viva@example.org").missing().orElseThrow()
                .contains("VIVA_SMTP_PORT"));
        assertFalse(mailer("smtp.example.org", null, "viva@example.org").missing().isPresent());
        assertFalse(mailer("smtp.example.org", "587", "Viva <viva@example.org>").missing().isPresent());
    }

    @Test
    void aFailureIsSaidInTheServersWordsWithoutClassNames() {
        MessagingException failure = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 25; timeout 15000",
                new ConnectException("Connection refused"));
        String reason = Mailer.reason(failure);
        assertEquals("Couldn't connect to host, port: 127.0.0.1, 25; timeout 15000; Connection refused", reason);
        assertFalse(Mailer.reason(new MessagingException("Invalid Addresses",
                new MessagingException("550 5.1.1 <nobody@example.org>: user unknown"))).contains("Exception"));
        assertTrue(Mailer.reason(new MessagingException("Invalid Addresses",
                new MessagingException("550 5.1.1 <nobody@example.org>: user unknown"))).contains("550 5.1.1"));
    }
}
