package it.viva.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Fixtures;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Browser sign-in: cookie flags, CSRF on state changes, sign-out, and throttling of failures. */
class SessionIT {

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> send(String method, String path, String json, String csrf) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndStrictAndStateChangesNeedTheCsrfToken() throws Exception {
        HttpResponse<String> signIn = send("POST", "/api/session",
                "{\"username\":\"secretary\",\"password\":\"" + Api.SECRETARY_PASSWORD + "\"}", null);
        assertEquals(200, signIn.statusCode(), signIn::body);
        List<String> cookies = signIn.headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
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
        String username = Fixtures.unique("throttled");
        assertEquals(201, Api.secretary().post("/api/members", """
                {"name":"被限","employer":"x","specialtyCodes":["ENG01"],"username":"%s","password":"right-pass-1"}
                """.formatted(username)).status());
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = send("POST", "/api/session",
                    "{\"username\":\"" + username + "\",\"password\":\"wrong-" + i + "\"}", null);
            assertEquals(401, wrong.statusCode(), wrong::body);
        }
        HttpResponse<String> locked = send("POST", "/api/session",
                "{\"username\":\"" + username + "\",\"password\":\"right-pass-1\"}", null);
        assertEquals(429, locked.statusCode(), locked::body);
        assertTrue(locked.body().contains("too_many_attempts"));
        Api.Reply basic = Api.as(username, "right-pass-1").get("/api/specialties");
        assertEquals(429, basic.status(), "Basic waits too");
        assertEquals(200, Api.secretary().get("/api/specialties").status(), "other accounts are unaffected");
        assertTrue(Api.secretary().get("/api/audit/verify").json().getBoolean("valid"));
    }

    @Test
    void aWrongSignInSaysSoWithoutASession() throws Exception {
        HttpResponse<String> wrong = send("POST", "/api/session",
                "{\"username\":\"secretary\",\"password\":\"nope\"}", null);
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("invalid_credentials"));
        assertFalse(wrong.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID=")
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
