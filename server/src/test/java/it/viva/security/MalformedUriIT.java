package it.viva.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.RawHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Request paths that are not well-formed, sent byte for byte on a socket. No path answers a 5xx
 * or text naming a Java class; what reaches the web application is refused in Viva's JSON shape.
 */
class MalformedUriIT {

    static final String SECRETARY = "secretary:" + Api.SECRETARY_PASSWORD;

    /** Paths the web application sees (Liberty refuses them there): a JSON refusal. */
    static final List<String> REFUSED_IN_THE_APPLICATION = List.of(
            "/css/..%5c..%5cWEB-INF/web.xml", "/css/..%5c..%5c..%5c..%5cetc/passwd", "/api/%c0%ae%c0%ae/",
            "/api/defenses/1/recordings/..%2f..", "/api/defenses/1%2f2", "/api/%2e%2e/", "/api/defenses/%ff",
            "/api/rounds/..%5c..%5c", "/api/rounds/%2e%2e%2f", "/api/defenses/%c0%af", "/js/%c0%af",
            "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/no-such-page.html", "/css/%2e%2e%5cWEB-INF%5cweb.xml",
            "/api/defenses/1;x=y", "/api/rounds/%E2%80%AE");

    /**
     * Paths Liberty refuses before choosing an application (WebContainer.handleRequest cannot
     * decode or canonicalize them): its own short 400, which no application setting reaches.
     */
    static final List<String> REFUSED_BY_THE_CONTAINER = List.of("/api/defenses/%zz", "/api/defenses/%00",
            "/api/rounds/%u0041", "/api/..;/rounds", "/%zz", "/css/%2e%2e/%2e%2e/WEB-INF/web.xml",
            "/api/defenses/%", "/api/defenses/%2", "/index.html/..%2f..%2fWEB-INF");

    @Test
    void malformedPathsInTheApplicationAnswerTheJsonErrorShape() {
        List<String> failures = new ArrayList<>();
        for (String path : REFUSED_IN_THE_APPLICATION) {
            for (String credentials : new String[] {null, SECRETARY}) {
                RawHttp.Answer answer = RawHttp.send("GET", path, credentials);
                String problem = judgeJson(answer);
                if (problem != null) {
                    failures.add(path + (credentials == null ? "" : " (signed in)") + ": " + problem + " ← " + answer);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theListedProbesAreRefusedWithoutNamingAClass() {
        RawHttp.Answer traversal = RawHttp.send("GET", "/css/..%5c..%5cWEB-INF/web.xml", SECRETARY);
        assertEquals(400, traversal.status(), traversal::toString);
        assertEquals("bad_request", json(traversal).getString("error"));
        RawHttp.Answer slash = RawHttp.send("GET", "/api/defenses/1/recordings/..%2f..", SECRETARY);
        assertEquals(400, slash.status(), slash::toString);
        assertTrue(slash.contentType().startsWith("application/json"), slash::toString);
        RawHttp.Answer overlong = RawHttp.send("GET", "/api/%c0%ae%c0%ae/", SECRETARY);
        assertEquals(400, overlong.status(), overlong::toString);
        assertTrue(overlong.contentType().startsWith("application/json"), overlong::toString);
        RawHttp.Answer missing = RawHttp.get("/no-such-page.html");
        assertEquals(404, missing.status(), missing::toString);
        assertEquals("not_found", json(missing).getString("error"));
        RawHttp.Answer undecodable = RawHttp.send("GET", "/api/defenses/%zz", SECRETARY);
        assertEquals(400, undecodable.status(), undecodable::toString);
        assertEquals(null, leak(undecodable.body()), undecodable::toString);
    }

    @Test
    void pathsTheContainerCannotDecodeAre400WithoutNamingAClass() {
        List<String> failures = new ArrayList<>();
        for (String path : REFUSED_BY_THE_CONTAINER) {
            RawHttp.Answer answer = RawHttp.send("GET", path, SECRETARY);
            if (answer.status() != 400) {
                failures.add(path + ": expected 400 ← " + answer);
            } else if (leak(answer.body()) != null) {
                failures.add(path + ": the body names " + leak(answer.body()) + " ← " + answer);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** What is wrong with a refusal that should be Viva's JSON error, or null. */
    static String judgeJson(RawHttp.Answer answer) {
        if (answer.status() < 400 || answer.status() >= 500) {
            return "expected a 4xx";
        }
        if (leak(answer.body()) != null) {
            return "the body names " + leak(answer.body());
        }
        if (!answer.contentType().startsWith("application/json")) {
            return "not JSON";
        }
        try {
            JsonObject body = json(answer);
            return body.get("error") instanceof jakarta.json.JsonString && body.get("message") instanceof jakarta.json.JsonString
                    ? null : "no {error, message}";
        } catch (RuntimeException e) {
            return "not a JSON object";
        }
    }

    /** The first sign that a body names a Java class or exception, or null. */
    static String leak(String body) {
        for (String sign : new String[] {"viva.", "java.", "jakarta.", "class ", "Exception", "com.ibm."}) {
            if (body.contains(sign)) {
                return sign;
            }
        }
        return null;
    }

    private static JsonObject json(RawHttp.Answer answer) {
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }
}
