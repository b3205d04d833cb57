package viva.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TurnCredentialsTest {

    private static final String URLS = "turn:turn.example.org:3478?transport=udp, turns:turn.example.org:5349";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void theCredentialIsCoturnsHmacOfTheUserName() throws Exception {
        TurnCredentials turn = new TurnCredentials(URLS, "north-wind");
        Instant expiry = Instant.parse("2026-01-01T01:00:00Z");

        JsonObject server = turn.serversFor("M42", expiry).getJsonObject(0);

        assertEquals("1767229200:M42", server.getString("username"));
        // Computed outside Java: echo -n '1767229200:M42' | openssl dgst -sha1 -hmac north-wind -binary | base64
        assertEquals("ENx0lgB1RoAOJ/mepsEs98PR/gA=", server.getString("credential"));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec("north-wind".getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        assertEquals(Base64.getEncoder().encodeToString(mac.doFinal("1767229200:M42".getBytes(StandardCharsets.UTF_8))),
                server.getString("credential"));
        assertEquals("turn:turn.example.org:3478?transport=udp", server.getJsonArray("urls").getString(0));
        assertEquals("turns:turn.example.org:5349", server.getJsonArray("urls").getString(1));
    }

    @Test
    void credentialsHoldForTheDefensesLengthPlusTheGraceFromEntry() {
        Instant start = Instant.parse("2026-01-01T02:00:00Z");
        Instant end = Instant.parse("2026-01-01T02:40:00Z"); // 40 minutes
        Instant entered = CLOCK.instant(); // two hours early

        Instant expiry = RoomAccessService.turnExpiry(start, end, 120, entered);

        assertEquals(Instant.parse("2026-01-01T02:40:00Z"), expiry, "40 minutes + 120 minutes after entry");
        String username = new TurnCredentials(URLS, "s").serversFor("A7", expiry).getJsonObject(0).getString("username");
        assertEquals(CLOCK.instant().getEpochSecond() + (40 + 120) * 60 + ":A7", username);
    }

    @Test
    void eachParticipantGetsCredentialsOfTheirOwn() {
        TurnCredentials turn = new TurnCredentials(URLS, "north-wind");
        Instant expiry = CLOCK.instant().plusSeconds(3600);
        String first = turn.serversFor("M1", expiry).getJsonObject(0).getString("credential");
        String second = turn.serversFor("M2", expiry).getJsonObject(0).getString("credential");
        assertFalse(first.equals(second));
    }

    @Test
    void withoutUrlsOrSecretThereAreNone() {
        assertTrue(new TurnCredentials("", "secret").serversFor("M1", CLOCK.instant()).isEmpty());
        assertTrue(new TurnCredentials(URLS, "").serversFor("M1", CLOCK.instant()).isEmpty());
    }

    @Test
    void itsDescriptionNeverShowsTheSecret() {
        assertFalse(new TurnCredentials(URLS, "north-wind").toString().contains("north-wind"));
    }
}
