package viva.room;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import viva.json.Jsonp;

/**
 * TURN credentials of one participant's own, in coturn's shared-secret scheme ({@code use-auth-secret}):
 * the user name is {@code <unix expiry seconds>:<participant id>} and the credential is
 * base64(HMAC-SHA1(secret, user name)), which coturn checks with the same secret and refuses after the
 * expiry. From VIVA_TURN_URLS (comma-separated) and VIVA_TURN_SECRET; without both, none. The secret
 * and the credentials only go into the participant's {@code welcome}: never into a log or the REST API.
 */
@ApplicationScoped
public class TurnCredentials {

    @Inject
    @ConfigProperty(name = "viva.turn.urls")
    Optional<String> urlsText;

    @Inject
    @ConfigProperty(name = "viva.turn.secret")
    Optional<String> secretText;

    private List<String> urls = List.of();
    private byte[] secret = new byte[0];

    @PostConstruct
    void read() {
        urls = parseUrls(urlsText.orElse(""));
        secret = secretText.filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElse(new byte[0]);
    }

    public TurnCredentials() {
    }

    /** For tests: the given servers and secret. */
    public TurnCredentials(String urls, String secret) {
        this.urls = parseUrls(urls);
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public boolean configured() {
        return !urls.isEmpty() && secret.length > 0;
    }

    /** One ICE server with every TURN URL and the participant's credentials valid until {@code expiry}. */
    public JsonArray serversFor(String participantId, Instant expiry) {
        JsonArrayBuilder servers = Jsonp.createArrayBuilder();
        if (!configured()) {
            return servers.build();
        }
        String username = username(participantId, expiry);
        JsonArrayBuilder all = Jsonp.createArrayBuilder();
        urls.forEach(all::add);
        return servers.add(Jsonp.createObjectBuilder()
                .add("urls", all)
                .add("username", username)
                .add("credential", credential(username))).build();
    }

    static String username(String participantId, Instant expiry) {
        return expiry.getEpochSecond() + ":" + participantId;
    }

    String credential(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    static List<String> parseUrls(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(u -> !u.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "TurnCredentials" + urls; // never the secret
    }
}
