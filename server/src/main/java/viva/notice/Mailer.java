package viva.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import viva.system.Refusal;

/**
 * Sends mail through the SMTP server that VIVA_SMTP_HOST, VIVA_SMTP_PORT (default 25) and
 * VIVA_SMTP_FROM name, signing in with VIVA_SMTP_USER and VIVA_SMTP_PASSWORD when a user is set
 * (then over STARTTLS, or implicit TLS on port 465). Without a host or a sender nothing is sent.
 */
@ApplicationScoped
public class Mailer {

    /** How long Viva waits for the SMTP server to connect, answer or take the message. */
    static final String TIMEOUT_MILLIS = "15000";

    @Inject
    @ConfigProperty(name = "viva.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "viva.smtp.port")
    Optional<String> port;

    @Inject
    @ConfigProperty(name = "viva.smtp.from")
    Optional<String> from;

    @Inject
    @ConfigProperty(name = "viva.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "viva.smtp.password")
    Optional<String> password;

    @Inject
    Clock clock;

    /** What the SMTP server refused, or why it could not be reached: said per applicant. */
    public static class DeliveryFailed extends Exception {

        private static final long serialVersionUID = 1L;

        DeliveryFailed(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** Refuses (409 mail_not_configured) unless a host, a valid port and a valid sender are set. */
    public void requireConfigured() {
        missing().ifPresent(problem -> {
            throw Refusal.conflict("mail_not_configured", "Notices cannot be emailed: " + problem + ".");
        });
    }

    /** What the configuration lacks, if anything. */
    Optional<String> missing() {
        if (value(host).isEmpty()) {
            return Optional.of("VIVA_SMTP_HOST is not set");
        }
        if (value(from).isEmpty()) {
            return Optional.of("VIVA_SMTP_FROM is not set");
        }
        try {
            new InternetAddress(value(from).get(), true);
        } catch (AddressException e) {
            return Optional.of("VIVA_SMTP_FROM is not an email address");
        }
        if (portNumber() < 0) {
            return Optional.of("VIVA_SMTP_PORT is not a port number");
        }
        return Optional.empty();
    }

    /** Hands one plain-text UTF-8 message to the SMTP server; a refusal or a failure to connect is thrown. */
    public void send(String to, String subject, String text) throws DeliveryFailed {
        requireConfigured();
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(value(from).get(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            throw new DeliveryFailed(reason(e), e);
        }
    }

    private Session session() {
        int number = portNumber();
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", value(host).get());
        properties.setProperty("mail.smtp.port", Integer.toString(number));
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        Optional<String> account = value(user);
        if (number == 465) {
            properties.setProperty("mail.smtp.ssl.enable", "true");
            properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        if (account.isEmpty()) {
            return Session.getInstance(properties);
        }
        // A password is never sent in the clear: without implicit TLS, STARTTLS is required.
        properties.setProperty("mail.smtp.auth", "true");
        if (number != 465) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
            properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        String secret = password.orElse("");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(account.get(), secret);
            }
        });
    }

    /** The port, 25 when unset; -1 when it is not a port number. */
    private int portNumber() {
        Optional<String> text = value(port);
        if (text.isEmpty()) {
            return 25;
        }
        try {
            int number = Integer.parseInt(text.get());
            return number > 0 && number < 65536 ? number : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Optional<String> value(Optional<String> setting) {
        return setting.map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * The failure in a line: each cause's own words once (the SMTP server's answer among them),
     * without the names of Java classes that exception messages carry.
     */
    static String reason(Throwable failure) {
        StringBuilder reason = new StringBuilder();
        for (Throwable t = failure; t != null && reason.length() < 400; t = t.getCause()) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            int nested = message.indexOf("nested exception is");
            String line = (nested >= 0 ? message.substring(0, nested) : message)
                    .replaceAll("(?:[A-Za-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?", " ")
                    .replaceAll("[\\p{Cntrl}\\s]+", " ").strip().replaceAll("[;:,]$", "").strip();
            if (!line.isEmpty() && reason.indexOf(line) < 0) {
                reason.append(reason.length() == 0 ? "" : "; ").append(line);
            }
        }
        String text = reason.length() == 0 ? "the SMTP server did not take the message" : reason.toString();
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
