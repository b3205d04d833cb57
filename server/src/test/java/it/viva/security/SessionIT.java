package it.viva.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Browser sign-in: cookie flags, CSRF on state changes, sign-out, a sign-in over a live session,
 * and throttling of failures per name and client address (the IT server trusts loopback as a
 * reverse proxy, so X-Forwarded-For names the client).
 */
class SessionIT {

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> send(String method, String path, String json, String csrf) throws Exception {
        return send(browser, method, path, json, csrf, Map.of());
    }

    /** Any request from a browser (cookie jar), with extra headers such as a proxy's X-Forwarded-For. */
    private static HttpResponse<String> send(HttpClient client, String method, String path, String json, String csrf,
            Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String signInBody(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    }

    /** A sign-in (or any attempt at one) from the client at this address, behind the trusted proxy. */
    private static HttpResponse<String> signInFrom(String address, String username, String password)
            throws Exception {
        return send(HttpClient.newHttpClient(), "POST", "/api/session", signInBody(username, password), null,
                Map.of("X-Forwarded-For", address));
    }

    /** A script's request with HTTP Basic from the client at this address. */
    private static HttpResponse<String> basicFrom(String address, String username, String password)
            throws Exception {
        String pair = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpClient.newHttpClient(), "GET", "/api/specialties", null, null,
                Map.of("X-Forwarded-For", address, "Authorization", "Basic " + pair));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String sessionId(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("VIVA_SESSION="))
                .map(c -> c.substring("VIVA_SESSION=".length()).split(";")[0]).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    private static String newMember(String prefix, String password) {
        String username = Fixtures.unique(prefix);
        Api.Reply created = Api.secretary().post("/api/members", """
                {"name":"会话","employer":"x","specialtyCodes":["ENG01"],"username":"%s","password":"%s"}
                """.formatted(username, password));
        assertEquals(201, created.status(), created::toString);
        return username;
    }

    private static long auditEvents() {
        return Api.secretary().get("/api/audit/verify").json().getJsonNumber("events").longValue();
    }

    /** A client address of its own for each test, so that no two tests share a throttle. */
    private static String someAddress() {
        return "198.51.100." + (1 + (int) (Math.random() * 250));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndStrictAndStateChangesNeedTheCsrfToken() throws Exception {
        HttpResponse<String> signIn = send("POST", "/api/session",
                "{\"username\":\"secretary\",\"password\":\"" + Api.SECRETARY_PASSWORD + "\"}", null);
        assertEquals(200, signIn.statusCode(), signIn::body);
        List<String> cookies = signIn.headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("VIVA_SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + cookies));
        String flags = session.toLowerCase(Locale.ROOT);
        assertTrue(flags.contains("httponly"), session);
        assertTrue(flags.contains("samesite=strict"), session);
        String csrf = jakarta.json.Json.createReader(new java.io.StringReader(signIn.body())).readObject()
                .getString("csrfToken");

        assertEquals(200, send("GET", "/api/rounds", null, null).statusCode(), "reads need no token");
        HttpResponse<String> forged = send("POST", "/api/rounds", Fixtures.roundBody("csrf").build().toString(), null);
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("\"csrf\""), forged::body);
        HttpResponse<String> wrong = send("POST", "/api/rounds", Fixtures.roundBody("csrf").build().toString(),
                "guess");
        assertEquals(403, wrong.statusCode());
        assertEquals(201, send("POST", "/api/rounds", Fixtures.roundBody(Fixtures.unique("csrf")).build().toString(),
                csrf).statusCode());

        assertEquals(204, send("DELETE", "/api/session", null, csrf).statusCode());
        assertEquals(401, send("GET", "/api/rounds", null, null).statusCode(), "signed out");
        assertEquals(401, send("GET", "/api/session", null, null).statusCode());
    }

    @Test
    void afterFiveFailuresInTenMinutesFurtherAttemptsWait() throws Exception {
        String username = newMember("throttled", "right-pass-1");
        String guesser = "192.0.2.15";
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> wrong = signInFrom(guesser, username, "wrong-" + i);
            assertEquals(401, wrong.statusCode(), wrong::body);
        }
        HttpResponse<String> fifth = signInFrom(guesser, username, "wrong-4");
        assertEquals(429, fifth.statusCode(), fifth::body);
        assertEquals("too_many_attempts", json(fifth).getString("error"));
        assertEquals("60", fifth.headers().firstValue("Retry-After").orElse(""), "the first wait is a minute");

        HttpResponse<String> locked = signInFrom(guesser, " " + username.toUpperCase(Locale.ROOT), "right-pass-1");
        assertEquals(429, locked.statusCode(), locked::body);
        assertTrue(locked.body().contains("too_many_attempts"));
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 60, "Retry-After " + retryAfter);
        HttpResponse<String> basic = basicFrom(guesser, username, "right-pass-1");
        assertEquals(429, basic.statusCode(), "Basic waits too");
        assertTrue(basic.headers().firstValue("Retry-After").isPresent(), "with Retry-After");

        assertEquals(200, signInFrom("203.0.113.20", username, "right-pass-1").statusCode(),
                "the owner signs in from another address");
        assertEquals(200, basicFrom("203.0.113.20", username, "right-pass-1").statusCode());
        assertEquals(200, Api.as(username, "right-pass-1").get("/api/specialties").status(),
                "and from the proxy's own address");
        assertEquals(200, Api.secretary().get("/api/specialties").status(), "other accounts are unaffected");
        assertTrue(Api.secretary().get("/api/audit/verify").json().getBoolean("valid"));
    }

    @Test
    void aWaitIsAuditedOnceAndOnlyForAnAccountThatExists() throws Exception {
        String username = newMember("audited", "right-pass-1");
        String guesser = someAddress();
        long before = auditEvents();
        for (int i = 0; i < 5; i++) {
            signInFrom(guesser, username, "wrong-" + i);
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(429, signInFrom(guesser, username, "wrong-again").statusCode());
            assertEquals(429, basicFrom(guesser, username, "wrong-again").statusCode());
        }
        assertEquals(before + 1, auditEvents(), "one row for the wait, none for the attempts during it");

        String nobody = Fixtures.unique("nobody");
        before = auditEvents();
        for (int i = 0; i < 4; i++) {
            assertEquals(401, signInFrom(guesser, nobody, "wrong-" + i).statusCode());
        }
        HttpResponse<String> waits = signInFrom(guesser, nobody, "wrong-4");
        assertEquals(429, waits.statusCode(), "a name that does not exist waits alike");
        assertTrue(waits.headers().firstValue("Retry-After").isPresent());
        assertEquals(429, signInFrom(guesser, nobody, "wrong-5").statusCode());
        assertEquals(before, auditEvents(), "but guessing names appends nothing to the audit trail");
    }

    @Test
    void onlyTheRightMostForwardedAddressCounts() throws Exception {
        // The proxy (loopback) appends the client's address; what the client wrote left of it is its own claim.
        String username = newMember("xff", "right-pass-1");
        for (int i = 0; i < 5; i++) {
            signInFrom("192.0.2.77", username, "wrong-" + i);
        }
        assertEquals(429, signInFrom("192.0.2.77", username, "right-pass-1").statusCode());
        assertEquals(429, signInFrom("192.0.2.99, 192.0.2.77", username, "right-pass-1").statusCode(),
                "an address the client put left of its own changes nothing");
        assertEquals(200, signInFrom("192.0.2.77, 192.0.2.99", username, "right-pass-1").statusCode());
    }

    @Test
    void userNamesAreOneAccountWhateverTheirCaseAndSpaces() throws Exception {
        for (String typed : new String[] {"secretary", " Secretary ", "SECRETARY"}) {
            HttpResponse<String> signedIn = send(HttpClient.newHttpClient(), "POST", "/api/session",
                    signInBody(typed, Api.SECRETARY_PASSWORD), null, Map.of());
            assertEquals(200, signedIn.statusCode(), signedIn::body);
            assertEquals("secretary", json(signedIn).getString("username"), typed);
        }
        assertEquals(200, Api.as("SECRETARY", Api.SECRETARY_PASSWORD).get("/api/rounds").status());
    }

    @Test
    void signingInOverALiveSessionReplacesIt() throws Exception {
        HttpResponse<String> asSecretary = send("POST", "/api/session",
                signInBody("secretary", Api.SECRETARY_PASSWORD), null);
        assertEquals(200, asSecretary.statusCode(), asSecretary::body);
        String expert = newMember("switch", "switch-pass-1");

        // From the same tab, without the old session's CSRF token.
        HttpResponse<String> asExpert = send("POST", "/api/session", signInBody(expert, "switch-pass-1"), null);
        assertEquals(200, asExpert.statusCode(), asExpert::body);
        assertNotEquals(sessionId(asSecretary), sessionId(asExpert), "a new session");
        HttpResponse<String> who = send("GET", "/api/session", null, null);
        assertEquals(200, who.statusCode(), who::body);
        assertEquals(expert, json(who).getString("username"));
        assertEquals("MEMBER", json(who).getString("role"));
        assertEquals(403, send("GET", "/api/applicants", null, null).statusCode(), "the expert's rights only");
        HttpResponse<String> oldToken = send("POST", "/api/rounds",
                Fixtures.roundBody(Fixtures.unique("old")).build().toString(), json(asSecretary).getString("csrfToken"));
        assertEquals(403, oldToken.statusCode(), "the secretary's token is worth nothing now");

        HttpResponse<String> back = send("POST", "/api/session", signInBody("secretary", Api.SECRETARY_PASSWORD), null);
        assertEquals(200, back.statusCode(), back::body);
        assertEquals(200, send("GET", "/api/applicants", null, null).statusCode());
        assertEquals("secretary", json(send("GET", "/api/session", null, null)).getString("username"));
    }

    @Test
    void noSequenceOfSignInAndSignOutAnswers5xx() throws Exception {
        String expert = newMember("sequence", "sequence-pass-1");
        String secretary = signInBody("secretary", Api.SECRETARY_PASSWORD);
        String member = signInBody(expert, "sequence-pass-1");
        String wrong = signInBody(expert, "sequence-pass-2");
        String csrf = null;
        java.util.Random random = new java.util.Random(14);
        List<String> done = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int step = random.nextInt(6);
            HttpResponse<String> reply = switch (step) {
                case 0 -> send("POST", "/api/session", secretary, null);
                case 1 -> send("POST", "/api/session", member, null);
                case 2 -> send("POST", "/api/session", wrong, null);
                case 3 -> send("DELETE", "/api/session", null, csrf);
                case 4 -> send("DELETE", "/api/session", null, null);
                default -> send("GET", "/api/session", null, null);
            };
            done.add(step + "→" + reply.statusCode());
            assertTrue(reply.statusCode() < 500, () -> done + ": " + reply.body());
            if (step <= 1 && reply.statusCode() == 200) {
                csrf = json(reply).getString("csrfToken");
            }
        }
        for (int step : new int[] {0, 1, 3, 3, 5, 1, 0, 5, 3}) {
            HttpResponse<String> reply = switch (step) {
                case 0 -> send("POST", "/api/session", secretary, null);
                case 1 -> send("POST", "/api/session", member, null);
                case 3 -> send("DELETE", "/api/session", null, csrf);
                default -> send("GET", "/api/session", null, null);
            };
            assertTrue(reply.statusCode() < 500, reply::body);
            if (reply.statusCode() == 200 && step <= 1) {
                csrf = json(reply).getString("csrfToken");
            }
        }
    }

    @Test
    void aWrongSignInSaysSoWithoutASession() throws Exception {
        HttpResponse<String> wrong = send("POST", "/api/session",
                "{\"username\":\"secretary\",\"password\":\"nope\"}", null);
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("invalid_credentials"));
        assertFalse(wrong.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("VIVA_SESSION=")
                && !c.contains("Max-Age=0")), "no session for a failed sign-in");
        assertEquals(400, send("POST", "/api/session", "{\"username\":\"secretary\"}", null).statusCode());
    }

    @Test
    void pagesCarryTheHardeningHeaders() throws Exception {
        HttpResponse<String> page = send("GET", "/", null, null);
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
}
