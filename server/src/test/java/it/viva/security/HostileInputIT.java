package it.viva.security;

import it.viva.support.Dates;
import static it.viva.security.Hostile.ILL_FORMED;
import static it.viva.security.Hostile.ODD_TEXT;
import static it.viva.security.Hostile.pick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Defenses;
import it.viva.support.Fixtures;
import it.viva.support.RawWebSocket;
import it.viva.support.RoomClient;
import it.viva.support.Voting;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A seeded storm of bad requests and room frames (-Dviva.hostile.seed=N replays another one).
 * Whatever arrives, Viva answers a 4xx and never a 5xx, keeps every socket open but for the
 * documented closes, changes no data, writes no audit event but the test's own sign-in, joins and
 * leaves, and keeps its audit chain valid.
 */
class HostileInputIT {

    static final long SEED = Long.getLong("viva.hostile.seed", 20261207L);

    /** What an answer must be. */
    enum Expect {
        /** Anything but a 5xx: reads, whose answer may be a 200. */
        NO_5XX,
        /** A 4xx: every bad request that would change something if it were accepted. */
        REFUSED,
        /** Exactly 400: text that is not plain in an otherwise valid body. */
        BAD_REQUEST,
        /** 400 invalid_text: text that is not plain in an otherwise valid body. */
        INVALID_TEXT,
        /** 400 invalid_value: a number that is not whole or not in its field's range. */
        INVALID_VALUE,
        /** Exactly 413. */
        TOO_LARGE,
        /** An applicant list: a 4xx, or a 200 that created no one. */
        NONE_IMPORTED
    }

    record Request(String kind, String method, String path, Map<String, String> headers, byte[] body, boolean chunked,
            boolean signedIn, Expect expect) {

        String describe() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            String flat = text.length() > 240 ? text.substring(0, 240) + "… (" + body.length + " bytes)" : text;
            return kind + ": " + method + " " + path + " " + headers + " " + flat;
        }
    }

    record Answer(int status, String body) {
    }

    /** The status of a request Java's client refused to send (a header value it does not allow). */
    static final int NOT_SENT = -2;

    // --- HTTP ---------------------------------------------------------------------------------------

    /** A raw client: the secretary's browser session (cookie and CSRF token), or no one. */
    static final class Client {
        private final HttpClient http;
        private final String csrf;

        private Client(HttpClient http, String csrf) {
            this.http = http;
            this.csrf = csrf;
        }

        static Client anonymous() {
            return new Client(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER).build(), null);
        }

        static Client secretarySession() {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
            Client plain = new Client(http, null);
            Answer signedIn = plain.send(new Request("sign-in", "POST", "/api/session",
                    Map.of("Content-Type", "application/json"), Hostile.utf8(Json.createObjectBuilder()
                            .add("username", "secretary").add("password", Api.SECRETARY_PASSWORD).build()
                            .toString()), false, false, Expect.NO_5XX));
            assertEquals(200, signedIn.status(), signedIn.body());
            String token = Json.createReader(new StringReader(signedIn.body())).readObject().getString("csrfToken");
            return new Client(http, token);
        }

        Answer send(Request r) {
            HttpRequest.BodyPublisher publisher;
            if (r.body() == null) {
                publisher = HttpRequest.BodyPublishers.noBody();
            } else if (r.chunked()) {
                byte[] bytes = r.body();
                publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
            } else {
                publisher = HttpRequest.BodyPublishers.ofByteArray(r.body());
            }
            HttpRequest.Builder builder;
            try {
                builder = HttpRequest.newBuilder(URI.create(Api.BASE + r.path()))
                        .timeout(Duration.ofSeconds(60)).method(r.method(), publisher);
                if (csrf != null && !r.method().equals("GET") && !r.headers().containsKey("X-CSRF-Token")) {
                    builder.header("X-CSRF-Token", csrf);
                }
                r.headers().forEach(builder::header);
            } catch (IllegalArgumentException e) {
                return new Answer(NOT_SENT, "the client cannot send this: " + e.getMessage());
            }
            try {
                HttpResponse<String> response = http.send(builder.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Answer(response.statusCode(), response.body());
            } catch (IOException e) {
                return new Answer(-1, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aStormOfBadRequestsIsRefusedAndChangesNothing() {
        Defenses.Setup setup = Defenses.scheduled();
        Client secretary = Client.secretarySession();
        Client anonymous = Client.anonymous();
        String existingUsername = setup.member().credentials().username();
        String panelName = Api.secretary().get("/api/panels/" + setup.panel()).json().getString("name");
        String applicantIdNumber = existingIdNumber(setup);
        String revokedJoinToken = setup.joinToken();
        setup.joinToken(); // a new link revokes the first

        Snapshot before = Snapshot.take(setup);
        Storm storm = new Storm(new Random(SEED), setup, existingUsername, panelName, applicantIdNumber,
                revokedJoinToken);
        List<Request> requests = storm.requests();

        List<String> failures = new ArrayList<>();
        Map<String, Integer> kinds = new TreeMap<>();
        int sent = 0;
        for (Request request : requests) {
            Answer answer = (request.signedIn() ? secretary : anonymous).send(request);
            if (answer.status() != NOT_SENT) {
                sent++;
                kinds.merge(request.kind(), 1, Integer::sum);
            }
            String problem = judge(request, answer);
            if (problem != null) {
                failures.add(problem + " ← " + request.describe() + " → " + answer.status() + " "
                        + clip(answer.body()));
            }
        }
        sent += malformedPaths(new Random(SEED + 2), setup, failures, kinds);
        Snapshot after = Snapshot.take(setup);

        assertTrue(sent >= 800, "only " + sent + " requests went out: " + kinds);
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests.size() + " bad requests (seed " + SEED
                + ", by kind " + kinds + ") were answered wrongly:\n" + String.join("\n", failures));
        before.assertSameData(after);
        assertEquals(before.auditEvents(), after.auditEvents(),
                "bad requests wrote audit events (or a refused request still ran)");
        assertTrue(after.auditValid(), "the audit chain is no longer valid");
        assertEquals(200, Api.secretary().get("/api/rounds/" + setup.round()).status(), "a normal request");
    }

    /**
     * Paths that are not well-formed, written byte for byte on a socket (Java's client refuses or
     * re-encodes them): never a 5xx or a class name; on /api/* Viva's JSON error, except where
     * Liberty refuses a path it cannot decode before any application (MalformedUriIT).
     */
    private static int malformedPaths(Random random, Defenses.Setup setup, List<String> failures,
            Map<String, Integer> kinds) {
        List<String> paths = new ArrayList<>(MalformedUriIT.REFUSED_IN_THE_APPLICATION);
        paths.addAll(MalformedUriIT.REFUSED_BY_THE_CONTAINER);
        List<String> segments = List.of("%zz", "%c0%ae%c0%ae", "..%2f..", "..%5c..%5c", "%2e%2e%2f", "%ff", "%u002e",
                "%%", "%e2%80%ae", ".%2e/", "%C0%AF", "%2e%2e", "..;", "%00", "%5c", "%2F", "%c0%ae%c0%ae%c0%af",
                "%e0%80%ae", "%f0%80%80%ae", "%25zz", "%uFF0E", "%", "%e");
        List<String> shapes = List.of("/api/defenses/%s", "/api/defenses/" + setup.defense() + "/%s",
                "/api/defenses/" + setup.defense() + "/recordings/%s", "/api/rounds/%s/results", "/api/%s/",
                "/api/applicants/%s", "/css/%s", "/js/%s", "/%s", "/css/%s%sWEB-INF/web.xml", "/api/%s%srounds");
        for (int i = 0; i < 60; i++) {
            String shape = pick(random, shapes);
            paths.add(shape.replaceFirst("%s", pick(random, segments)).replaceFirst("%s", pick(random, segments)));
        }
        String secretary = "secretary:" + Api.SECRETARY_PASSWORD;
        int sent = 0;
        for (String path : paths) {
            // Changes only where no real record is named: a path that resolves to one must not cancel it.
            boolean namesTheDefense = path.contains("/" + setup.defense() + "/");
            String method = path.startsWith("/api/") && !namesTheDefense
                    ? pick(random, List.of("GET", "GET", "POST", "DELETE")) : "GET";
            String credentials = random.nextBoolean() ? secretary : null;
            it.viva.support.RawHttp.Answer answer;
            try {
                answer = it.viva.support.RawHttp.send(method, path, credentials);
            } catch (RuntimeException e) {
                failures.add("malformed path " + path + ": no answer (" + e + ")");
                continue;
            }
            sent++;
            kinds.merge("malformed path", 1, Integer::sum);
            boolean container = answer.status() == 400 && answer.body().startsWith("<H1>CWWWC0005I");
            String problem;
            if (answer.status() >= 500) {
                problem = "a " + answer.status();
            } else if (answer.status() >= 400 && MalformedUriIT.leak(answer.body()) != null) {
                problem = "the refusal names " + MalformedUriIT.leak(answer.body());
            } else if (path.startsWith("/api/") && !container) {
                problem = MalformedUriIT.judgeJson(answer);
            } else {
                problem = null;
            }
            if (problem != null) {
                failures.add(problem + " ← " + method + " " + path + (credentials == null ? "" : " (signed in)")
                        + " → " + answer);
            }
        }
        return sent;
    }

    private static String existingIdNumber(Defenses.Setup setup) {
        // The applicant list does not show ID numbers: register one more applicant, whose number is then taken.
        JsonObject body = Fixtures.applicantBody(setup.round(), "SENIOR").build();
        Api.Reply reply = Api.secretary().post("/api/applicants", body);
        assertEquals(201, reply.status(), reply::toString);
        return body.getString("idNumber");
    }

    static String judge(Request request, Answer answer) {
        int s = answer.status();
        if (s == NOT_SENT) {
            return null;
        }
        if (s < 0) {
            return request.expect() == Expect.TOO_LARGE ? null : "no answer (" + answer.body() + ")";
        }
        if (s >= 500) {
            return "a " + s;
        }
        if (s >= 400 && MalformedUriIT.leak(answer.body()) != null) {
            return "the refusal names " + MalformedUriIT.leak(answer.body());
        }
        return switch (request.expect()) {
            case NO_5XX -> null;
            case REFUSED -> s >= 400 ? null : "a bad request was accepted (" + s + ")";
            case BAD_REQUEST -> s == 400 ? null : "expected 400";
            case INVALID_TEXT -> s == 400 && "invalid_text".equals(errorCode(answer)) ? null : "expected 400 invalid_text";
            case INVALID_VALUE -> s == 400 && "invalid_value".equals(errorCode(answer)) ? null
                    : "expected 400 invalid_value";
            case TOO_LARGE -> s == 413 ? null : "expected 413";
            case NONE_IMPORTED -> {
                if (s >= 400) {
                    yield null;
                }
                JsonObject result = Json.createReader(new StringReader(answer.body())).readObject();
                yield result.getInt("created") == 0 ? null : "a bad list created applicants";
            }
        };
    }

    private static String errorCode(Answer answer) {
        try {
            return Json.createReader(new StringReader(answer.body())).readObject().getString("error", null);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    static String clip(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    // --- the generated requests -----------------------------------------------------------------

    /**
     * One endpoint's body: a valid one, and the fields whose change surely makes it invalid:
     * {@code strict} ones are required and checked (any bad value, removal or null breaks them),
     * {@code free} ones are required text (removal, null or the wrong type breaks them, any text
     * would do), {@code optional} ones are checked when present.
     */
    record Endpoint(String method, String path, Supplier<JsonObject> valid, List<List<Object>> strict,
            List<List<Object>> free, List<List<Object>> optional, boolean signedIn) {

        /** Fields that may be removed or set to null to break the body. */
        boolean required(List<Object> path) {
            return strict.contains(path) || free.contains(path);
        }
    }

    static List<Object> path(Object... steps) {
        return List.of(steps);
    }

    static final class Storm {
        private final Random random;
        private final Defenses.Setup setup;
        private final String existingUsername;
        private final String panelName;
        private final String existingIdNumber;
        private final String revokedJoinToken;
        private final List<Request> out = new ArrayList<>();
        private int serial;

        Storm(Random random, Defenses.Setup setup, String existingUsername, String panelName, String existingIdNumber,
                String revokedJoinToken) {
            this.random = random;
            this.setup = setup;
            this.existingUsername = existingUsername;
            this.panelName = panelName;
            this.existingIdNumber = existingIdNumber;
            this.revokedJoinToken = revokedJoinToken;
        }

        List<Endpoint> endpoints() {
            long round = setup.round();
            long defense = setup.defense();
            List<Long> members = setup.members();
            return List.of(
                    new Endpoint("POST", "/api/rounds", () -> Fixtures.roundBody("暴风-" + serial).build(),
                            List.of(path("year"), path("defenseFrom"), path("defenseTo"), path("dailyWindows"),
                                    path("dailyWindows", 0, "from"), path("dailyWindows", 1, "to"),
                                    path("stageMinutes"), path("stageMinutes", "SENIOR", "voting")),
                            List.of(path("name")),
                            List.of(path("timeZone"), path("changeoverMinutes"), path("excludedDates", 0)), true),
                    // A twin of an applicant already in the round: even a body made valid by chance is a 409.
                    new Endpoint("POST", "/api/applicants", () -> Fixtures.applicantBody(round, "SENIOR")
                            .add("idNumber", existingIdNumber).build(),
                            List.of(path("idNumber"), path("gender"), path("specialtyCode"), path("level"),
                                    path("status")),
                            List.of(path("name"), path("employer")),
                            List.of(path("roundId"), path("returnedAt"), path("barredUntil")), true),
                    // An existing user name: a 409 if all else were valid.
                    new Endpoint("POST", "/api/members", () -> Json.createObjectBuilder().add("name", "评委")
                            .add("employer", "某院").add("specialtyCodes", Json.createArrayBuilder().add("ENG11"))
                            .add("username", existingUsername).add("password", "storm-pass-1").build(),
                            List.of(path("username"), path("specialtyCodes")),
                            List.of(path("name"), path("employer"), path("password")),
                            List.of(path("specialtyCodes", 0)), true),
                    // An existing panel's name: a 409 if all else were valid.
                    new Endpoint("POST", "/api/panels", () -> Json.createObjectBuilder().add("roundId", round)
                            .add("name", panelName).add("specialtyCodes", Json.createArrayBuilder().add("ENG11"))
                            .add("memberIds", Fixtures.ids(members.subList(0, 5))).add("chairId", members.get(0))
                            .build(),
                            List.of(path("memberIds"), path("chairId"), path("specialtyCodes")),
                            List.of(path("name")),
                            List.of(path("roundId"), path("memberIds", 2), path("specialtyCodes", 0)), true),
                    // The applicant has a defense already.
                    new Endpoint("POST", "/api/defenses", () -> Json.createObjectBuilder()
                            .add("applicantId", setup.applicant()).add("panelId", setup.panel())
                            .add("start", Dates.shifted("2026-12-10T09:00:00+08:00")).build(),
                            List.of(path("applicantId"), path("panelId"), path("start")), List.of(), List.of(), true),
                    // Corrections of the scheduled defense's people: each valid body is refused all the same,
                    // the applicant's because the defense would break a rule, the expert's for a weak password,
                    // the panel's because its chair would not sit on it.
                    new Endpoint("PATCH", "/api/applicants/" + setup.applicant(), () -> Json.createObjectBuilder()
                            .add("status", "SUBMITTED").add("email", "wang@example.org").add("reason", "暴风更正")
                            .build(),
                            List.of(), List.of(path("reason")),
                            List.of(path("status"), path("email")), true),
                    new Endpoint("PATCH", "/api/members/" + members.get(0), () -> Json.createObjectBuilder()
                            .add("specialtyCodes", Json.createArrayBuilder().add("ENG11"))
                            .add("password", existingUsername).add("reason", "暴风更正").build(),
                            List.of(), List.of(path("reason")),
                            List.of(path("specialtyCodes"), path("specialtyCodes", 0)), true),
                    new Endpoint("PATCH", "/api/panels/" + setup.panel(), () -> Json.createObjectBuilder()
                            .add("memberIds", Fixtures.ids(members.subList(1, 6))).add("reason", "暴风更正").build(),
                            List.of(), List.of(path("reason")),
                            List.of(path("memberIds"), path("memberIds", 2)), true),
                    new Endpoint("PUT", "/api/defenses/" + defense, () -> Json.createObjectBuilder()
                            .add("start", Dates.shifted("2026-12-08T14:30:00+08:00")).build(),
                            List.of(path("start")), List.of(), List.of(), true),
                    new Endpoint("POST", "/api/defenses/" + defense + "/stage", () -> Json.createObjectBuilder()
                            .add("stage", "LOBBY").build(), List.of(path("stage")), List.of(), List.of(), true),
                    // The secretary does not vote: a 403 if all else were valid.
                    new Endpoint("POST", "/api/defenses/" + defense + "/votes", () -> Json.createObjectBuilder()
                            .add("decision", "VETO").add("reason", "答辩人对关键技术问题的回答存在明显错误").build(),
                            List.of(path("decision")), List.of(path("reason")), List.of(), true),
                    new Endpoint("POST", "/api/schedule/proposals", () -> Json.createObjectBuilder()
                            .add("roundId", round).add("timeLimitSeconds", 1).build(),
                            List.of(), List.of(), List.of(path("roundId"), path("timeLimitSeconds")), true),
                    // No such user: never a sign-in.
                    new Endpoint("POST", "/api/session", () -> Json.createObjectBuilder()
                            .add("username", "nobody-" + serial).add("password", "not-a-password").build(),
                            List.of(), List.of(path("username"), path("password")), List.of(), false),
                    // A revoked join link: never a ticket or an outcome.
                    new Endpoint("POST", "/api/defenses/" + defense + "/ticket", () -> Json.createObjectBuilder()
                            .add("joinToken", revokedJoinToken).build(),
                            List.of(), List.of(path("joinToken")), List.of(), false),
                    new Endpoint("POST", "/api/defenses/" + defense + "/outcome", () -> Json.createObjectBuilder()
                            .add("joinToken", revokedJoinToken).build(),
                            List.of(), List.of(path("joinToken")), List.of(), false));
        }

        List<Request> requests() {
            for (Endpoint endpoint : endpoints()) {
                for (int i = 0; i < 50; i++) {
                    mutated(endpoint);
                }
                for (int i = 0; i < 4; i++) {
                    malformed(endpoint);
                }
            }
            illFormedText();
            numbersOutOfRange();
            contentTypes();
            oversized();
            applicantLists();
            queries();
            pathIds();
            idempotencyKeys();
            credentials();
            return out;
        }

        private void add(String kind, String method, String path, Map<String, String> headers, byte[] body,
                boolean signedIn, Expect expect) {
            out.add(new Request(kind, method, path, headers, body, false, signedIn, expect));
        }

        private static Map<String, String> json() {
            return Map.of("Content-Type", "application/json");
        }

        /** A valid body with one sure breaker and up to three other hostile changes that leave it alone. */
        private void mutated(Endpoint endpoint) {
            serial++;
            Object body = Hostile.tree(endpoint.valid().get());
            List<List<Object>> candidates = new ArrayList<>(endpoint.strict());
            candidates.addAll(endpoint.free());
            candidates.addAll(endpoint.optional());
            List<Object> target = pick(random, candidates);
            String kind;
            int choice = random.nextInt(4);
            if (endpoint.required(target) && choice == 0) {
                Hostile.remove(body, target);
                kind = "missing field";
            } else if (endpoint.required(target) && choice == 1) {
                Hostile.set(body, target, null);
                kind = "null field";
            } else {
                Object bad = endpoint.free().contains(target) ? Hostile.wrongType(random) : Hostile.breaking(random);
                Hostile.set(body, target, bad);
                kind = bad instanceof String ? "bad text" : bad instanceof Hostile.Raw ? "bad number" : "wrong type";
            }
            int extras = random.nextInt(4);
            for (int i = 0; i < extras; i++) {
                List<List<Object>> others = Hostile.paths(body).stream()
                        .filter(p -> !Hostile.related(p, target)).toList();
                int what = random.nextInt(3);
                if (what == 0 && !others.isEmpty()) {
                    Hostile.set(body, pick(random, others), Hostile.any(random));
                } else if (what == 1) {
                    Hostile.set(body, path(pick(random, ODD_TEXT) + "-" + i), Hostile.any(random));
                } else {
                    // Fields only: removing an element would shift the breaker to another index.
                    List<List<Object>> fields = others.stream().filter(p -> p.get(p.size() - 1) instanceof String)
                            .toList();
                    if (!fields.isEmpty()) {
                        Hostile.remove(body, pick(random, fields));
                    }
                }
            }
            if (endpoint.path().equals("/api/session") && body instanceof Map<?, ?> map
                    && map.get("username") instanceof String name) {
                // Each name once: five failures for one name would lock it out, which is audited.
                Hostile.set(body, path("username"), name + "-" + serial);
            }
            byte[] bytes = Hostile.utf8(Hostile.write(body, random.nextBoolean()));
            Map<String, String> headers = new LinkedHashMap<>(json());
            switch (random.nextInt(8)) {
                case 0 -> bytes = Hostile.splice(bytes, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                case 1 -> bytes = Hostile.splice(bytes, bytes.length, Hostile.utf8(" trailing {\"x\":1}"));
                case 2 -> headers.put("Content-Type", pick(random, List.of("application/json; charset=UTF-8",
                        "application/json;charset=utf-8;x=y", "application/JSON", "application/json; charset=UTF-16",
                        "application/json; charset=nonsense")));
                default -> {
                }
            }
            if (bytes.length > 1024 * 1024) {
                add(kind, endpoint.method(), endpoint.path(), headers, bytes, endpoint.signedIn(), Expect.TOO_LARGE);
            } else {
                add(kind, endpoint.method(), endpoint.path(), headers, bytes, endpoint.signedIn(), Expect.REFUSED);
            }
        }

        /** Bodies that are not JSON at all, or JSON of the wrong shape. */
        private void malformed(Endpoint endpoint) {
            serial++;
            String valid = Hostile.write(Hostile.tree(endpoint.valid().get()), false);
            byte[] bytes = Hostile.utf8(valid);
            String kind;
            switch (random.nextInt(10)) {
                case 0 -> {
                    bytes = Hostile.utf8(valid.substring(0, random.nextInt(valid.length())));
                    kind = "truncated JSON";
                }
                case 1 -> {
                    bytes = Hostile.utf8("[" + valid + "]");
                    kind = "array body";
                }
                case 2 -> {
                    bytes = Hostile.utf8(pick(random, List.of("null", "true", "42", "\"text\"", "", " ", "{",
                            "{\"a\":}", "{,}", "{'a':1}", "{a:1}", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":01}",
                            "{\"a\":0x10}", "/* */{}", "}{", "[}")));
                    kind = "not JSON";
                }
                case 3 -> {
                    bytes = Hostile.utf8(Hostile.nested(1 + random.nextInt(100_000), true).text());
                    kind = "deep nesting";
                }
                case 4 -> {
                    int at = 1 + random.nextInt(Math.max(1, bytes.length - 2));
                    bytes = Hostile.splice(bytes, at, pick(random, Hostile.NOT_UTF8));
                    bytes = Hostile.splice(bytes, bytes.length - 1, Hostile.utf8(",}"));
                    kind = "not UTF-8";
                }
                case 5 -> {
                    bytes = Hostile.utf8(valid.replace("\"", "'"));
                    kind = "single quotes";
                }
                case 6 -> {
                    bytes = Hostile.utf8(valid.substring(0, valid.length() - 1) + ",\"x\":"
                            + Hostile.nested(20_000, true).text());
                    kind = "deep nesting, unclosed";
                }
                case 7 -> {
                    bytes = Hostile.utf8(valid.replace(":", ":\u0000"));
                    kind = "raw NUL";
                }
                case 8 -> {
                    bytes = Hostile.utf8("\"" + valid.replace("\"", "\\\"") + "\"");
                    kind = "string body";
                }
                default -> {
                    bytes = Hostile.utf8("{\"\":" + valid.substring(1));
                    kind = "empty keys";
                }
            }
            add(kind, endpoint.method(), endpoint.path(), json(), bytes, endpoint.signedIn(), Expect.REFUSED);
        }

        /** Control characters and lone surrogates in the free text of otherwise valid, new records. */
        private void illFormedText() {
            for (int i = 0; i < 24; i++) {
                serial++;
                String bad = pick(random, ILL_FORMED);
                String where = pick(random, List.of("round", "applicant", "member", "panel"));
                JsonObject valid = switch (where) {
                    case "round" -> Fixtures.roundBody("x").build();
                    case "applicant" -> Fixtures.applicantBody(setup.round(), "SENIOR").build();
                    case "member" -> Json.createObjectBuilder().add("name", "评委").add("employer", "某院")
                            .add("specialtyCodes", Json.createArrayBuilder().add("ENG11"))
                            .add("username", Fixtures.unique("ill")).add("password", "storm-pass-1").build();
                    default -> Json.createObjectBuilder().add("roundId", setup.round())
                            .add("name", Fixtures.unique("ill"))
                            .add("specialtyCodes", Json.createArrayBuilder().add("ENG11"))
                            .add("memberIds", Fixtures.ids(setup.members().subList(0, 5)))
                            .add("chairId", setup.members().get(0)).build();
                };
                Object body = Hostile.tree(valid);
                String field = pick(random, where.equals("member") ? List.of("name", "employer", "password")
                        : where.equals("applicant") ? List.of("name", "employer") : List.of("name"));
                Hostile.set(body, path(field), "王" + bad + "国");
                add("ill-formed text", "POST", "/api/" + where + "s", json(),
                        Hostile.utf8(Hostile.write(body, random.nextBoolean())), true, Expect.INVALID_TEXT);
            }
        }

        /**
         * Whole-number fields given a fraction, or a number beyond their type that Java's narrowing
         * would wrap around to a valid value (2^64 + an existing member's id was that member).
         */
        private void numbersOutOfRange() {
            long round = setup.round();
            List<Long> members = setup.members();
            java.math.BigInteger wrap64 = java.math.BigInteger.TWO.pow(64);
            java.math.BigInteger wrap32 = java.math.BigInteger.TWO.pow(32);
            for (int i = 0; i < 30; i++) {
                serial++;
                String choice = pick(random, List.of("year", "stage", "changeover", "member", "chair", "panelRound",
                        "applicantRound", "defense", "proposal"));
                Object body;
                List<Object> at;
                String wrapped;
                String fraction = (2 + random.nextInt(100)) + "." + (1 + random.nextInt(9));
                switch (choice) {
                    case "year", "stage", "changeover" -> {
                        body = Hostile.tree(Fixtures.roundBody("范围-" + serial).build());
                        at = choice.equals("year") ? path("year") : choice.equals("stage")
                                ? path("stageMinutes", "SENIOR", "voting") : path("changeoverMinutes");
                        long valid = choice.equals("year") ? 2026 : 5;
                        wrapped = wrap32.add(java.math.BigInteger.valueOf(valid)).toString();
                    }
                    case "member", "chair", "panelRound" -> {
                        body = Hostile.tree(Json.createObjectBuilder().add("roundId", round)
                                .add("name", Fixtures.unique("范围"))
                                .add("specialtyCodes", Json.createArrayBuilder().add("ENG11"))
                                .add("memberIds", Fixtures.ids(members.subList(0, 5))).add("chairId", members.get(0))
                                .build());
                        at = choice.equals("member") ? path("memberIds", random.nextInt(5))
                                : choice.equals("chair") ? path("chairId") : path("roundId");
                        long valid = choice.equals("member") ? members.get((Integer) at.get(1))
                                : choice.equals("chair") ? members.get(0) : round;
                        wrapped = wrap64.add(java.math.BigInteger.valueOf(valid)).toString();
                    }
                    case "applicantRound" -> {
                        body = Hostile.tree(Fixtures.applicantBody(round, "SENIOR").build());
                        at = path("roundId");
                        wrapped = wrap64.add(java.math.BigInteger.valueOf(round)).toString();
                    }
                    case "defense" -> {
                        body = Hostile.tree(Json.createObjectBuilder().add("applicantId", setup.applicant())
                                .add("panelId", setup.panel()).add("start", "2026-12-10T09:00:00+08:00").build());
                        at = random.nextBoolean() ? path("applicantId") : path("panelId");
                        long valid = at.get(0).equals("applicantId") ? setup.applicant() : setup.panel();
                        wrapped = wrap64.add(java.math.BigInteger.valueOf(valid)).toString();
                    }
                    default -> {
                        body = Hostile.tree(Json.createObjectBuilder().add("roundId", round)
                                .add("timeLimitSeconds", 1).build());
                        at = path("timeLimitSeconds");
                        wrapped = wrap32.add(java.math.BigInteger.ONE).toString();
                    }
                }
                Hostile.set(body, at, new Hostile.Raw(random.nextBoolean() ? wrapped : fraction));
                String where = switch (choice) {
                    case "year", "stage", "changeover" -> "/api/rounds";
                    case "member", "chair", "panelRound" -> "/api/panels";
                    case "applicantRound" -> "/api/applicants";
                    case "defense" -> "/api/defenses";
                    default -> "/api/schedule/proposals";
                };
                add("number out of range", "POST", where, json(), Hostile.utf8(Hostile.write(body, false)), true,
                        Expect.INVALID_VALUE);
            }
        }

        private void contentTypes() {
            List<String> types = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=----x", "text/html", "image/png", "application/octet-stream",
                    "text/csv", "*/*", "application/", ";;;", "application/json-patch+json", "text/json");
            for (Endpoint endpoint : endpoints()) {
                for (int i = 0; i < 3; i++) {
                    serial++;
                    String body = Hostile.write(Hostile.tree(endpoint.valid().get()), false);
                    String type = pick(random, types);
                    boolean open = !endpoint.signedIn(); // ticket and outcome read any body themselves
                    if (open || endpoint.path().equals("/api/session")) {
                        body = "{\"joinToken\":\"" + revokedJoinToken + "\",\"username\":\"nobody-" + serial + "\"}";
                    }
                    add("wrong content type", endpoint.method(), endpoint.path(), Map.of("Content-Type", type),
                            Hostile.utf8(body), endpoint.signedIn(), Expect.REFUSED);
                }
                serial++;
                add("no content type", endpoint.method(), endpoint.path(), Map.of(),
                        Hostile.utf8(endpoint.signedIn() ? Hostile.write(Hostile.tree(endpoint.valid().get()), false)
                                : "{\"joinToken\":\"" + revokedJoinToken + "\"}"),
                        endpoint.signedIn(), Expect.REFUSED);
            }
            add("accept", "GET", "/api/rounds", Map.of("Accept", "application/xml"), null, true, Expect.NO_5XX);
            add("accept", "GET", "/api/rounds", Map.of("Accept", "text/html;q=0, */*;q=0"), null, true, Expect.NO_5XX);
            add("accept", "GET", "/api/rounds", Map.of("Accept", ";;;===,,,"), null, true, Expect.NO_5XX);
        }

        private void oversized() {
            JsonObject round = Fixtures.roundBody("huge").build();
            Map<String, Object> body = new LinkedHashMap<>();
            round.forEach((k, v) -> body.put(k, Hostile.tree(v)));
            body.put("padding", "x".repeat(1_200_000));
            byte[] bytes = Hostile.utf8(Hostile.write(body, false));
            out.add(new Request("over 1 MiB", "POST", "/api/rounds", json(), bytes, false, true, Expect.TOO_LARGE));
            out.add(new Request("over 1 MiB, chunked", "POST", "/api/rounds", json(), bytes, true, true,
                    Expect.TOO_LARGE));
            body.put("padding", "名".repeat(400_000));
            bytes = Hostile.utf8(Hostile.write(body, false));
            out.add(new Request("over 1 MiB", "POST", "/api/members", json(), bytes, false, true, Expect.TOO_LARGE));
            out.add(new Request("over 1 MiB, chunked", "POST", "/api/defenses/" + setup.defense() + "/ticket", json(),
                    bytes, true, false, Expect.TOO_LARGE));
            byte[] list = Hostile.utf8("name,idNumber,gender,employer,specialtyCode,level,status\n"
                    + ("王,1,男,某,ENG11,正高级,已缴费\n").repeat(450_000));
            out.add(new Request("over 10 MB", "POST", "/api/applicants/import", Map.of("Content-Type", "text/csv"),
                    list, false, true, Expect.TOO_LARGE));
        }

        /** Applicant lists where every line is broken in a field that is checked. */
        private void applicantLists() {
            String header = "name,idNumber,gender,employer,specialtyCode,level,status,returnedAt,barredUntil";
            for (int i = 0; i < 70; i++) {
                serial++;
                StringBuilder csv = new StringBuilder();
                int variant = random.nextInt(10);
                csv.append(switch (variant) {
                    case 0 -> "\uFEFF" + header;
                    case 1 -> "姓名,身份证号,性别,工作单位,专业代码,级别,状态";
                    case 2 -> header + ",name";
                    case 3 -> "";
                    case 4 -> "\"" + header;
                    case 5 -> pick(random, ODD_TEXT);
                    default -> header;
                }).append(random.nextBoolean() ? "\r\n" : "\n");
                int lines = 1 + random.nextInt(5);
                for (int l = 0; l < lines; l++) {
                    List<String> cells = new ArrayList<>(List.of("王建国", existingIdNumber, "MALE", "某公司", "ENG11",
                            "SENIOR", "FEE_PAID", "", ""));
                    int broken = pick(random, List.of(1, 2, 4, 5, 6));
                    cells.set(broken, pick(random, ODD_TEXT.stream().filter(s -> !s.isBlank()).toList()));
                    for (int e = random.nextInt(3); e > 0; e--) {
                        int at = random.nextInt(cells.size());
                        if (at != broken) {
                            cells.set(at, switch (random.nextInt(4)) {
                                case 0 -> pick(random, ILL_FORMED.stream().filter(s -> s.chars()
                                        .noneMatch(c -> Character.isSurrogate((char) c))).toList());
                                case 1 -> "x".repeat(100_000);
                                case 2 -> "\"" + pick(random, ODD_TEXT) + "\"\"";
                                default -> pick(random, ODD_TEXT);
                            });
                        }
                    }
                    csv.append(String.join(random.nextInt(8) == 0 ? ";" : ",", cells.stream()
                            .map(c -> c.contains(",") && random.nextBoolean() ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
                            .toList())).append(random.nextInt(6) == 0 ? "\r" : "\n");
                }
                byte[] bytes = Hostile.utf8(csv.toString());
                if (random.nextInt(6) == 0) {
                    bytes = Hostile.splice(bytes, random.nextInt(bytes.length), pick(random, Hostile.NOT_UTF8));
                }
                String query = random.nextInt(5) == 0 ? "?roundId=" + pick(random, List.of("-1", "abc", "0", "%27",
                        "9223372036854775808")) : "?roundId=" + setup.round();
                String type = pick(random, List.of("text/csv", "text/csv; charset=UTF-8", "application/csv",
                        "text/csv; charset=ISO-8859-1"));
                add("bad applicant list", "POST", "/api/applicants/import" + query, Map.of("Content-Type", type),
                        bytes, true, Expect.NONE_IMPORTED);
            }
            add("applicant list as JSON", "POST", "/api/applicants/import", json(), Hostile.utf8("[]"), true,
                    Expect.REFUSED);
        }

        private String encoded(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }

        /** Hostile query parameters on the reads that take them. */
        private void queries() {
            List<String> reads = List.of("/api/applicants", "/api/panels", "/api/defenses", "/api/defenses/summary",
                    "/api/defenses/unscheduled");
            List<String> values = new ArrayList<>(List.of("-1", "0", "abc", "1e3", "0x10", "9223372036854775808",
                    "99999999999999999999999", "1.5", "%20", "%00", "%25", "1%20OR%201=1", "1&roundId=2", "",
                    "%E2%80%AE", "%F0%9F%98%80", "%C0%AF", "%FF"));
            for (int i = 0; i < 60; i++) {
                String value = random.nextBoolean() ? pick(random, values)
                        : encoded(pick(random, random.nextBoolean() ? ODD_TEXT : ILL_FORMED));
                add("bad query", "GET", pick(random, reads) + "?roundId=" + value, Map.of(), null, true, Expect.NO_5XX);
            }
            for (int i = 0; i < 12; i++) {
                String head = random.nextBoolean() ? encoded(pick(random, ODD_TEXT))
                        : pick(random, List.of("0".repeat(64), "z".repeat(64), "", "%00", "x".repeat(5000)));
                add("bad audit head", "GET", "/api/audit/verify?head=" + head, Map.of(), null, true, Expect.NO_5XX);
            }
        }

        /** Ids that are not ids: traversal, overflow, signs, encodings; never one that names a record. */
        private void pathIds() {
            List<String> unsafe = List.of("..", "../..", "%2e%2e", "..%2f..%2f", "%2e%2e%2f", "..;", "%00", "%FF",
                    "%C0%AE%C0%AE", "..%5c..%5c", "1;jsessionid=1", "0001", "+1", "%201", "1%00", "1.0", "01e0");
            List<String> safe = List.of("-1", "0", "00", "999999999999999999", "9223372036854775807",
                    "9223372036854775808", "-9223372036854775809", "abc", "%27%20OR%201=1", "%3Cscript%3E",
                    "%24%7Bjndi:ldap:%2F%2Fx%7D", "%2F", "%5C", "%E2%80%AE", "%F0%9F%98%80", "x".repeat(3000),
                    "00000000-0000-0000-0000-000000000000", "1e400", "NaN");
            List<String> reads = List.of("/api/rounds/%s", "/api/rounds/%s/results", "/api/members/%s",
                    "/api/applicants/%s", "/api/panels/%s", "/api/defenses/%s", "/api/defenses/%s/presence",
                    "/api/defenses/%s/votes", "/api/defenses/%s/result", "/api/defenses/%s/result-sheet.pdf",
                    "/api/schedule/proposals/%s");
            for (int i = 0; i < 70; i++) {
                String id = random.nextBoolean() ? pick(random, unsafe) : pick(random, safe);
                add("bad id", "GET", String.format(pick(random, reads), id), Map.of(), null, true, Expect.NO_5XX);
            }
            List<String[]> changes = List.of(new String[] {"POST", "/api/rounds/%s/publish"},
                    new String[] {"POST", "/api/schedule/proposals/%s/commit"}, new String[] {"DELETE", "/api/defenses/%s"},
                    new String[] {"POST", "/api/defenses/%s/join-link"}, new String[] {"DELETE", "/api/defenses/%s/join-link"},
                    new String[] {"POST", "/api/defenses/%s/admit"}, new String[] {"POST", "/api/defenses/%s/ticket"},
                    new String[] {"POST", "/api/defenses/%s/outcome"});
            for (int i = 0; i < 50; i++) {
                String[] change = pick(random, changes);
                add("bad id", change[0], String.format(change[1], pick(random, safe)), Map.of(), null, true,
                        Expect.REFUSED);
            }
            for (int i = 0; i < 12; i++) {
                String participant = random.nextBoolean() ? pick(random, safe) : encoded(pick(random, ODD_TEXT));
                add("bad participant", "POST", "/api/defenses/" + setup.defense() + "/participants/" + participant
                        + "/drop", Map.of(), null, true, Expect.REFUSED);
            }
        }

        private void idempotencyKeys() {
            List<String> keys = List.of("", " ", "\t", "x".repeat(129), "x".repeat(10_000), "' OR 1=1 --",
                    "<script>", "${jndi:ldap://x/y}", "../../etc/passwd", "%00", "null");
            for (int i = 0; i < 24; i++) {
                String body = random.nextBoolean() ? "{\"decision\":\"PASS\"}"
                        : "{\"decision\":\"VETO\",\"reason\":\"" + pick(random, List.of("短", "", "x".repeat(2001)))
                                + "\"}";
                Map<String, String> headers = new LinkedHashMap<>(json());
                headers.put("Idempotency-Key", pick(random, keys));
                add("bad Idempotency-Key", "POST", "/api/defenses/" + setup.defense() + "/votes", headers,
                        Hostile.utf8(body), true, Expect.REFUSED);
            }
        }

        /** Forged and malformed credentials; a sign-in behind a refused one must not run. */
        private void credentials() {
            Api.Credentials member = setup.member().credentials();
            List<String> headers = List.of("Basic", "Basic ", "Basic %%%", "Basic " + b64("no-colon"),
                    "Basic " + b64(":"), "Basic " + b64(":empty-user"), "Bearer x.y.z", "Digest username=\"x\"",
                    "Basic " + b64("x".repeat(300) + ":y"), "basic " + b64("nobody-x:y"), "Basic =====",
                    "Basic " + "A".repeat(20_000));
            for (String header : headers) {
                add("malformed credentials", "GET", "/api/rounds", Map.of("Authorization", header), null, false,
                        Expect.REFUSED);
            }
            for (int i = 0; i < 12; i++) {
                serial++;
                Map<String, String> h = new LinkedHashMap<>(json());
                h.put("Authorization", "Basic " + b64("forged-" + serial + ":" + pick(random, ODD_TEXT)));
                add("sign-in behind forged Basic", "POST", "/api/session", h, Hostile.utf8(Json.createObjectBuilder()
                        .add("username", member.username()).add("password", member.password()).build().toString()),
                        false, Expect.REFUSED);
            }
            for (int i = 0; i < 6; i++) {
                Map<String, String> h = new LinkedHashMap<>(json());
                h.put("X-CSRF-Token", pick(random, List.of("", "forged", "x".repeat(500), "' OR 1=1 --")));
                add("forged CSRF token", "POST", "/api/rounds", h, Hostile.utf8(Fixtures.roundBody("csrf").build()
                        .toString()), true, Expect.REFUSED);
            }
            for (int i = 0; i < 10; i++) {
                serial++;
                String body = switch (random.nextInt(4)) {
                    case 0 -> "{\"joinToken\":\"" + revokedJoinToken + "\"}";
                    case 1 -> "{\"resumeToken\":\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(
                            new byte[32]) + "\"}";
                    case 2 -> "{\"joinToken\":\"" + "A".repeat(43) + "\",\"resumeToken\":\"" + pick(random, ODD_TEXT)
                            .replace("\\", "").replace("\"", "") + "\"}";
                    default -> "{\"joinToken\":null,\"resumeToken\":null}";
                };
                add("forged token", "POST", "/api/defenses/" + setup.defense() + pick(random, List.of("/ticket",
                        "/outcome")), json(), Hostile.utf8(body), false, Expect.REFUSED);
            }
        }

        private static String b64(String text) {
            return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    // --- the room's socket -------------------------------------------------------------------------

    /** A socket in the storm, with the close code it may end with (null: it must stay open). */
    record Peer(String name, RoomClient client, Integer mayCloseWith) {
    }

    @Test
    void aStormOfBadFramesLeavesTheRoomsWorking() {
        Random random = new Random(SEED + 1);
        Defenses.Setup setup = Defenses.scheduled();
        setup.openLobby();
        String applicantTicket = setup.applicantTicket(setup.joinToken());
        List<String> usedTickets = new ArrayList<>();
        Peer secretary = peer("secretary", setup, Api.secretary(), usedTickets, null);
        Peer a = peer("member A", setup, setup.memberApis().get(0), usedTickets, null);
        Peer b = peer("member B", setup, setup.memberApis().get(1), usedTickets, null);
        Peer flooder = peer("flooder", setup, setup.memberApis().get(2), usedTickets, 1008);
        Peer giant = peer("giant", setup, setup.memberApis().get(3), usedTickets, 1009);
        RoomClient applicantSocket = RoomClient.connect(setup.defense(), applicantTicket);
        usedTickets.add(applicantTicket);
        assertEquals("lobby", applicantSocket.await("welcome").getString("state"));
        Peer applicant = new Peer("applicant", applicantSocket, null);
        String secretaryId = secretary.client().first("welcome").getJsonObject("you").getString("id");

        Voting voting = Voting.with(5);
        voting.open();
        List<Peer> voters = new ArrayList<>();
        for (int i = 0; i < voting.members.size(); i++) {
            voters.add(new Peer("voter " + i, voting.members.get(i), null));
        }
        Peer votingSecretary = new Peer("voting secretary", voting.secretary, null);

        // Sockets that will send a text frame whose bytes are not UTF-8: Liberty closes them with 1007.
        List<RawWebSocket> manglers = new ArrayList<>();
        for (int member : new int[] {4, 5}) {
            String ticket = setup.ticket(setup.memberApis().get(member));
            usedTickets.add(ticket);
            RawWebSocket mangler = RawWebSocket.connect(setup.defense(), ticket);
            mangler.await("welcome", Duration.ofSeconds(10));
            manglers.add(mangler);
        }

        List<Peer> lobbyRoom = List.of(secretary, a, b, flooder, giant, applicant);
        List<Peer> all = new ArrayList<>(lobbyRoom);
        all.addAll(voters);
        all.add(votingSecretary);
        awaitWaiting(setup);
        int baseline = settledAuditEvents();
        String stageBefore = Api.secretary().get("/api/defenses/" + setup.defense()).json().getString("stage");

        List<String> failures = new ArrayList<>();
        Map<String, Integer> kinds = new TreeMap<>();

        // Handshakes with replayed, forged, foreign and malformed tickets: all refused before any socket.
        String foreign = voting.setup.ticket(Api.secretary());
        List<String> tickets = new ArrayList<>(usedTickets);
        tickets.addAll(List.of(foreign, "", "A".repeat(43), "x".repeat(5000), "' OR 1=1 --", "<script>",
                "${jndi:ldap://127.0.0.1/a}", "../../", "\u0000", "😀"));
        for (String ticket : tickets) {
            String address = Api.BASE.replaceFirst("^http", "ws") + "/ws/defense/" + setup.defense() + "?ticket="
                    + URLEncoder.encode(ticket, StandardCharsets.UTF_8);
            handshake(URI.create(address), failures, kinds);
        }
        for (String path : List.of("/ws/defense/" + setup.defense(), "/ws/defense/abc?ticket=x",
                "/ws/defense/-1?ticket=x", "/ws/defense/99999999999999999999?ticket=x",
                "/ws/defense/" + setup.defense() + "?ticket=a&ticket=b", "/ws/defense/%2e%2e?ticket=x",
                "/ws/defense/" + voting.setup.defense() + "?ticket=" + usedTickets.get(0))) {
            handshake(URI.create(Api.BASE.replaceFirst("^http", "ws") + path), failures, kinds);
        }

        // Bad frames in the lobby room, paced below the flood limit of 100 messages in 5 s per socket.
        List<Peer> senders = List.of(secretary, a, b, applicant);
        int frames = 0;
        for (int i = 0; i < 360; i++) {
            Peer from = senders.get(i % senders.size());
            String[] frame = lobbyFrame(random, from, setup, secretaryId);
            kinds.merge("frame: " + frame[0], 1, Integer::sum);
            if (from.client().trySend(frame[1])) {
                frames++;
            } else if (from.client().closeCode() == null) {
                failures.add("could not send " + frame[0] + " from " + from.name());
            }
            sleep(15);
        }
        // Bad votes while voting is open: each is refused with an error and nothing is stored.
        for (int i = 0; i < 40; i++) {
            Peer from = i % 8 == 7 ? votingSecretary : voters.get(i % voters.size());
            String[] vote = badVote(random);
            kinds.merge("vote: " + vote[0], 1, Integer::sum);
            int errorsBefore = errors(from.client());
            if (!from.client().trySend(vote[1])) {
                failures.add("could not send " + vote[0] + " from " + from.name());
                continue;
            }
            frames++;
            if (!awaitErrors(from.client(), errorsBefore + 1)) {
                failures.add(vote[0] + " from " + from.name() + " got no error: " + clip(vote[1]) + "; saw "
                        + clip(from.client().seen().toString()));
            }
            sleep(40);
        }
        // Binary frames: no part of the protocol, answered with error {code: malformed}; the socket stays open.
        for (int i = 0; i < 12; i++) {
            Peer from = senders.get(i % senders.size());
            byte[] payload = new byte[1 + random.nextInt(3000)];
            random.nextBytes(payload);
            if (i % 3 == 0) {
                payload = Hostile.utf8("{\"type\":\"ping\"}");
            }
            int before = malformed(from.client());
            kinds.merge("frame: binary", 1, Integer::sum);
            try {
                from.client().sendBinary(payload);
                frames++;
            } catch (RuntimeException e) {
                failures.add("could not send a binary frame from " + from.name() + ": " + e);
                continue;
            }
            if (!awaitMessage(from.client(), m -> "error".equals(m.getString("type", ""))
                    && "malformed".equals(m.getString("code", "")), before + 1)) {
                failures.add("a binary frame from " + from.name() + " got no error malformed; saw "
                        + clip(from.client().seen().toString()));
            }
            sleep(40);
        }
        // Text frames whose bytes are not UTF-8: Liberty refuses them before the endpoint, with 1007.
        for (RawWebSocket mangler : manglers) {
            byte[] frame = Hostile.splice(Hostile.utf8("{\"type\":\"ping\",\"x\":\"abc\"}"), 22,
                    pick(random, Hostile.NOT_UTF8));
            kinds.merge("frame: not UTF-8", 1, Integer::sum);
            mangler.sendText(frame);
            frames++;
            try {
                int code = mangler.awaitClose(Duration.ofSeconds(10));
                if (code != 1007) {
                    failures.add("a text frame that is not UTF-8 closed its socket with " + code + ", not 1007");
                }
            } catch (AssertionError e) {
                failures.add("a text frame that is not UTF-8: " + e.getMessage());
            }
        }
        // A flood and a giant frame: the two documented closes.
        for (int i = 0; i < 150 && flooder.client().closeCode() == null; i++) {
            if (flooder.client().trySend("{\"type\":\"ping\"}")) {
                frames++;
                kinds.merge("frame: flood", 1, Integer::sum);
            }
        }
        giant.client().trySend("{\"type\":\"offer\",\"to\":\"" + secretaryId + "\",\"sdp\":\""
                + "v".repeat(1_100_000) + "\"}");
        frames++;
        kinds.merge("frame: over 1 MiB", 1, Integer::sum);
        for (Peer peer : List.of(flooder, giant)) {
            Integer code = awaitClosed(peer.client());
            if (!peer.mayCloseWith().equals(code)) {
                failures.add(peer.name() + " was closed with " + code + " (" + peer.client().closeReason() + "), not "
                        + peer.mayCloseWith());
            }
        }

        // The rooms still work: a plain offer is relayed, pings are answered.
        sleep(300);
        a.client().trySend("{\"type\":\"offer\",\"to\":\"" + secretaryId + "\",\"sdp\":\"v=0 after the storm\"}");
        boolean relayed = awaitMessage(secretary.client(), m -> "offer".equals(m.getString("type", ""))
                && "v=0 after the storm".equals(m.getString("sdp", "")) && setup.memberId(0).equals(m.getString("from", "")));
        if (!relayed) {
            failures.add("a normal offer was not relayed after the storm");
        }
        for (Peer peer : all) {
            if (peer.mayCloseWith() == null && peer.client().closeCode() != null) {
                failures.add(peer.name() + "'s socket was closed by the server with " + peer.client().closeCode()
                        + " (" + peer.client().closeReason() + ")");
            } else if (peer.mayCloseWith() == null) {
                int pongs = count(peer.client(), "pong");
                peer.client().trySend("{\"type\":\"ping\"}");
                if (!awaitMessage(peer.client(), m -> "pong".equals(m.getString("type", "")), pongs + 1)) {
                    failures.add(peer.name() + " got no pong after the storm");
                }
            }
            if (!peer.client().unreadable().isEmpty()) {
                failures.add(peer.name() + " received text that is not a JSON object: " + peer.client().unreadable());
            }
        }

        // Nothing changed: the stage, the lobby, the votes.
        String stageAfter = Api.secretary().get("/api/defenses/" + setup.defense()).json().getString("stage");
        if (!stageBefore.equals(stageAfter)) {
            failures.add("the stage moved from " + stageBefore + " to " + stageAfter);
        }
        JsonObject presence = Api.secretary().get("/api/defenses/" + setup.defense() + "/presence").json();
        if (!presence.getJsonArray("waiting").toString().equals("[\"" + setup.applicantId() + "\"]")) {
            failures.add("the applicant should still be waiting in the lobby: " + presence
                    + "; the applicant's socket saw " + clip(applicant.client().seen().toString()));
        }
        JsonObject votes = Api.secretary().get("/api/defenses/" + voting.setup.defense() + "/votes").json();
        if (votes.getInt("votesCast") != 0 || !votes.getString("stage").equals("VOTING")) {
            failures.add("a bad vote was stored, or voting closed: " + votes);
        }

        all.forEach(peer -> peer.client().close());
        manglers.forEach(RawWebSocket::close);
        int expected = baseline + all.size() + manglers.size(); // every socket open at the baseline has left
        long deadline = System.currentTimeMillis() + 20_000;
        while (auditEvents() < expected && System.currentTimeMillis() < deadline) {
            sleep(200);
        }
        int after = settledAuditEvents();

        assertTrue(frames + tickets.size() >= 500, "only " + frames + " frames: " + kinds);
        assertTrue(failures.isEmpty(), failures.size() + " problem(s) in the room storm (seed " + (SEED + 1)
                + ", " + kinds + "):\n" + String.join("\n", failures));
        assertEquals(expected, after, "audit events beyond the " + all.size() + " leaves of the storm's sockets");
        assertTrue(Api.secretary().get("/api/audit/verify").json().getBoolean("valid"), "the audit chain");
        assertEquals(200, Api.secretary().get("/api/defenses/" + setup.defense() + "/presence").status());
    }

    private static Peer peer(String name, Defenses.Setup setup, Api as, List<String> used, Integer mayCloseWith) {
        String ticket = setup.ticket(as);
        used.add(ticket);
        RoomClient client = RoomClient.connect(setup.defense(), ticket);
        client.await("welcome");
        return new Peer(name, client, mayCloseWith);
    }

    private static void awaitWaiting(Defenses.Setup setup) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!Api.secretary().get("/api/defenses/" + setup.defense() + "/presence").json().getJsonArray("waiting")
                .toString().contains(setup.applicantId())) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the applicant did not show as waiting");
            }
            sleep(100);
        }
    }

    private static void handshake(URI address, List<String> failures, Map<String, Integer> kinds) {
        kinds.merge("handshake", 1, Integer::sum);
        try {
            int status = RoomClient.handshakeStatus(address);
            if (status == 101 || status >= 500) {
                failures.add("handshake " + clip(address.toString()) + " answered " + status);
            }
        } catch (RuntimeException e) {
            failures.add("handshake " + clip(address.toString()) + " failed: " + e);
        }
    }

    /** One bad frame for the lobby room: its kind and its text. */
    private static String[] lobbyFrame(Random random, Peer from, Defenses.Setup setup, String secretaryId) {
        String text = json(pick(random, ODD_TEXT));
        String ill = json(pick(random, ILL_FORMED));
        String absent = pick(random, List.of("M999999", "A1", "S1", "", setup.applicantId(), "M" + Long.MAX_VALUE,
                pick(random, ODD_TEXT)));
        return switch (random.nextInt(12)) {
            case 0 -> new String[] {"not JSON", pick(random, List.of("not json", "", " ", "{", "}", "[]", "[1,2]",
                    "\"str\"", "42", "null", "true", "{\"type\":", "{'type':'ping'}", "{\"type\":\"ping\"}}",
                    pick(random, ODD_TEXT)))};
            case 1 -> new String[] {"deep nesting", "{\"type\":\"ping\",\"x\":"
                    + Hostile.nested(1 + random.nextInt(32_000), random.nextBoolean()).text() + "}"};
            case 2 -> new String[] {"unknown type", "{\"type\":" + (random.nextBoolean() ? text : ill) + "}"};
            case 3 -> new String[] {"wrong field type", pick(random, List.of("{\"type\":5}", "{\"type\":null}",
                    "{\"type\":[\"offer\"]}", "{\"type\":{\"$ne\":1}}", "{\"type\":\"offer\",\"to\":5,\"sdp\":[]}",
                    "{\"type\":\"ice\",\"to\":{},\"candidate\":\"x\"}", "{\"type\":\"answer\",\"to\":\""
                            + secretaryId + "\",\"sdp\":{\"a\":1}}", "{\"type\":\"vote\",\"decision\":true}",
                    "{\"type\":\"admit\",\"participantId\":[]}", "{\"type\":\"stage\",\"stage\":1e400}"))};
            case 4 -> new String[] {"over 64 KiB", "{\"type\":\"offer\",\"to\":\"" + secretaryId + "\",\"sdp\":\""
                    + "s".repeat(65_536 + random.nextInt(200_000)) + "\"}"};
            case 5 -> new String[] {"to an absent peer", "{\"type\":\"" + pick(random, List.of("offer", "answer",
                    "ice")) + "\",\"to\":" + json(absent) + ",\"sdp\":" + text + ",\"candidate\":{\"candidate\":"
                    + text + "}}"};
            case 6 -> new String[] {"vote from the wrong role or stage", "{\"type\":\"vote\",\"decision\":"
                    + json(pick(random, List.of("PASS", "VETO", "pass", "MAYBE", pick(random, ODD_TEXT))))
                    + ",\"reason\":" + text + ",\"key\":" + ill + "}"};
            case 7 -> new String[] {"admit", "{\"type\":\"admit\",\"participantId\":" + json(pick(random,
                    List.of("A999999", "M1", "S1", "", "A" + setup.applicant() + "x", pick(random, ODD_TEXT)))) + "}"};
            case 8 -> new String[] {"stage", "{\"type\":\"stage\",\"stage\":" + json(pick(random, List.of(
                    "SCHEDULED", "TEA_BREAK", "closed!", "", "LOBBY\u0000", pick(random, ODD_TEXT),
                    pick(random, ILL_FORMED)))) + "}"};
            case 9 -> new String[] {"ping with junk", "{\"type\":\"ping\",\"junk\":" + ill + ",\"more\":"
                    + json(pick(random, Hostile.HUGE).substring(0, 20_000)) + "}"};
            case 10 -> from.name().equals("member A") ? new String[] {"hostile relay", "{\"type\":\"offer\",\"to\":\""
                    + secretaryId + "\",\"sdp\":" + (random.nextBoolean() ? text : ill) + "}"}
                    : new String[] {"leave-like junk", "{\"type\":\"leave \"}"};
            default -> new String[] {"hostile ice", "{\"type\":\"ice\",\"to\":\"" + secretaryId
                    + "\",\"candidate\":{\"candidate\":" + json("candidate:1 1 udp 1 " + pick(random, List.of(
                    "127.0.0.1", "10.0.0.1", "::1", "999.999.999.999", "x.local", pick(random, ODD_TEXT)))
                    + " 9 typ host") + ",\"sdpMid\":" + text + ",\"sdpMLineIndex\":" + pick(random,
                    Hostile.BAD_NUMBERS) + "}}"};
        };
    }

    /** A vote no one may cast: bad decision, missing or short reason for a VETO, or a field beyond its limit. */
    private static String[] badVote(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> new String[] {"bad decision", "{\"type\":\"vote\",\"decision\":" + json(pick(random,
                    List.of("MAYBE", "PAS", "PASS!", "VETO PASS", "\u0000", "", "  ", pick(random, ODD_TEXT),
                            pick(random, ILL_FORMED)))) + "}"};
            case 1 -> new String[] {"veto without reason", "{\"type\":\"vote\",\"decision\":\"VETO\"}"};
            case 2 -> new String[] {"veto, short reason", "{\"type\":\"vote\",\"decision\":\"VETO\",\"reason\":"
                    + json(pick(random, List.of("短", "         x", "😀😀😀", "\t\n\t\nabc\t\n"))) + "}"};
            case 3 -> new String[] {"reason over 2000", "{\"type\":\"vote\",\"decision\":" + json(pick(random,
                    List.of("PASS", "VETO"))) + ",\"reason\":" + json("理由".repeat(1001 + random.nextInt(1000)))
                    + "}"};
            case 4 -> new String[] {"key over 128", "{\"type\":\"vote\",\"decision\":\"PASS\",\"key\":"
                    + json("k".repeat(129 + random.nextInt(20_000))) + "}"};
            case 5 -> new String[] {"ill-formed reason", "{\"type\":\"vote\",\"decision\":\"VETO\",\"reason\":"
                    + json("答辩人的回答存在明显错误" + pick(random, ILL_FORMED)) + "}"};
            default -> new String[] {"decision of the wrong type", "{\"type\":\"vote\",\"decision\":" + pick(random,
                    List.of("1", "null", "[\"PASS\"]", "{\"PASS\":true}", "true")) + "}"};
        };
    }

    private static String json(String text) {
        return Hostile.write(text, true);
    }

    private static int malformed(RoomClient client) {
        return (int) client.seen().stream().filter(m -> "error".equals(m.getString("type", ""))
                && "malformed".equals(m.getString("code", ""))).count();
    }

    private static int errors(RoomClient client) {
        return count(client, "error");
    }

    private static int count(RoomClient client, String type) {
        return (int) client.seen().stream().filter(m -> type.equals(m.getString("type", ""))).count();
    }

    private static boolean awaitErrors(RoomClient client, int errors) {
        return awaitMessage(client, m -> "error".equals(m.getString("type", "")), errors);
    }

    private static boolean awaitMessage(RoomClient client, java.util.function.Predicate<JsonObject> wanted) {
        return awaitMessage(client, wanted, 1);
    }

    private static boolean awaitMessage(RoomClient client, java.util.function.Predicate<JsonObject> wanted, int n) {
        long deadline = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < deadline) {
            if (client.seen().stream().filter(wanted).count() >= n) {
                return true;
            }
            sleep(20);
        }
        return false;
    }

    private static Integer awaitClosed(RoomClient client) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (client.closeCode() == null && System.currentTimeMillis() < deadline) {
            sleep(20);
        }
        return client.closeCode();
    }

    // --- what must not change -------------------------------------------------------------------

    /** The listings a bad request could have changed, and the audit trail's size. */
    record Snapshot(String rounds, String members, Map<Long, String> perRound, String defense, String votes,
            int auditEvents, boolean auditValid) {

        static Snapshot take(Defenses.Setup setup) {
            int events = settledAuditEvents();
            Api api = Api.secretary();
            JsonArray rounds = api.get("/api/rounds").array();
            Map<Long, String> perRound = new TreeMap<>();
            for (JsonValue round : rounds) {
                long id = round.asJsonObject().getJsonNumber("id").longValue();
                boolean ours = id == setup.round();
                perRound.put(id, listing(api, "/api/applicants?roundId=" + id, ours) + " | "
                        + listing(api, "/api/panels?roundId=" + id, ours) + " | "
                        + listing(api, "/api/defenses?roundId=" + id, ours));
            }
            JsonObject verify = api.get("/api/audit/verify").json();
            return new Snapshot(rounds.toString(), api.get("/api/members").body(), perRound,
                    api.get("/api/defenses/" + setup.defense()).body(),
                    api.get("/api/defenses/" + setup.defense() + "/votes").body(), events,
                    verify.getBoolean("valid"));
        }

        /** Our round in full; the others by their number of records. */
        private static String listing(Api api, String path, boolean whole) {
            Api.Reply reply = api.get(path);
            assertEquals(200, reply.status(), path);
            return whole ? reply.body() : Integer.toString(reply.array().size());
        }

        void assertSameData(Snapshot after) {
            assertEquals(rounds, after.rounds, "the rounds changed");
            assertEquals(members, after.members, "the members changed");
            assertEquals(perRound.keySet(), after.perRound.keySet(), "rounds appeared or vanished");
            perRound.forEach((id, text) -> assertEquals(text, after.perRound.get(id),
                    "the applicants, panels or defenses of round " + id + " changed"));
            assertEquals(defense, after.defense, "the defense changed");
            assertEquals(votes, after.votes, "the votes changed");
        }
    }

    /** The number of audit events once nothing else is being written (room events are recorded asynchronously). */
    static int settledAuditEvents() {
        int last = -1;
        int same = 0;
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            int now = Api.secretary().get("/api/audit/verify").json().getInt("events");
            same = now == last ? same + 1 : 0;
            if (same >= 3) {
                return now;
            }
            last = now;
            sleep(400);
        }
        throw new AssertionError("the audit trail kept growing");
    }

    static int auditEvents() {
        return Api.secretary().get("/api/audit/verify").json().getInt("events");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
