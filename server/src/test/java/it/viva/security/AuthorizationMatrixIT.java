package it.viva.security;

import it.viva.support.Dates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import it.viva.support.Api;
import it.viva.support.Defenses;
import it.viva.support.Fixtures;
import it.viva.support.RoomClient;
import it.viva.support.Voting;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Who may call what. Every operation of the OpenAPI document is called as each kind of caller, and
 * each answer must be what {@code src/test/resources/authorization-matrix.csv} says. New
 * operations are found in the document, so an endpoint nobody listed fails the test.
 */
class AuthorizationMatrixIT {

    static final String MATRIX = "authorization-matrix.csv";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** The columns of the matrix, in the order they are called (the secretary, who may change things, last). */
    enum Caller {
        ANONYMOUS("anonymous"),
        APPLICANT("applicant"),
        OTHER_PANEL("other-panel member"),
        RECUSED("recused member"),
        ELIGIBLE("eligible member"),
        SECRETARY("secretary");

        final String column;

        Caller(String column) {
            this.column = column;
        }
    }

    /** An operation of the OpenAPI document; {@code contentType} is null when it takes no body. */
    record Operation(String method, String path, String contentType) {

        String key() {
            return method + " " + path;
        }
    }

    /** What a cell allows: an exact status (with an error code, if given), 2xx, or a 4xx other than 401 and 403. */
    record Expected(String text) {

        boolean allows(int status, String error) {
            String[] parts = text.split("\\s+");
            String code = parts[0];
            boolean statusOk = switch (code) {
                case "2xx" -> status >= 200 && status < 300;
                case "4xx" -> status >= 400 && status < 500 && status != 401 && status != 403;
                default -> status == Integer.parseInt(code);
            };
            return statusOk && (parts.length < 2 || parts[1].equals(error));
        }
    }

    record Row(int line, String method, String path, Map<Caller, Expected> expected, String scene) {

        String key() {
            return method + " " + path;
        }
    }

    @Test
    void everyOperationHasARowAndEveryRowAnOperation() {
        Map<String, Operation> operations = operations();
        List<Row> rows = matrix();
        Set<String> listed = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Row row : rows) {
            listed.add(row.key());
            if (!operations.containsKey(row.key())) {
                problems.add("line " + row.line() + " names " + row.key()
                        + ", which the OpenAPI document no longer has: remove the row");
            }
        }
        for (String key : operations.keySet()) {
            if (!listed.contains(key)) {
                problems.add(key + " has no row in " + MATRIX + ": say who may call it");
            }
        }
        assertTrue(operations.size() >= 40, "the OpenAPI document lists only " + operations.keySet());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyCallerGetsWhatTheMatrixSays() {
        Map<String, Operation> operations = operations();
        Scenes scenes = new Scenes();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        try {
            for (Row row : matrix()) {
                Operation operation = operations.get(row.key());
                if (operation == null) {
                    continue; // reported by the other test
                }
                Scene scene = scenes.forRow(row.scene());
                try {
                    for (Caller caller : Caller.values()) {
                        Call call = call(operation, scene, caller);
                        Answer answer = call.send();
                        calls++;
                        Expected expected = row.expected().get(caller);
                        String problem = null;
                        if (!expected.allows(answer.status(), answer.error())) {
                            problem = "expected " + expected.text();
                        } else if (answer.status() >= 400 && answer.error() == null) {
                            problem = "a refusal needs exactly one JSON object {\"error\", \"message\"} as its body";
                        }
                        if (problem != null) {
                            failures.add("line " + row.line() + ": " + call.describe() + " as " + caller.column
                                    + " (" + row.scene() + "): " + problem + ", got " + answer.status() + " "
                                    + clip(answer.body()));
                        }
                    }
                } finally {
                    scene.afterRow();
                }
            }
        } finally {
            scenes.close();
        }
        assertTrue(calls >= 6 * 40, "only " + calls + " calls were made");
        assertTrue(failures.isEmpty(), failures.size() + " answer(s) differ from " + MATRIX + ":\n"
                + String.join("\n", failures));
    }

    // --- the operations and the matrix -------------------------------------------------------

    static Map<String, Operation> operations() {
        Api.Reply reply = Api.anonymous().get("/openapi?format=JSON");
        assertEquals(200, reply.status(), "GET /openapi?format=JSON");
        JsonObject paths = reply.json().getJsonObject("paths");
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (String path : paths.keySet()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : METHODS) {
                if (!item.containsKey(method)) {
                    continue;
                }
                JsonObject op = item.getJsonObject(method);
                String contentType = null;
                if (op.containsKey("requestBody")) {
                    Set<String> types = op.getJsonObject("requestBody").getJsonObject("content").keySet();
                    contentType = types.contains("application/json") ? "application/json" : types.iterator().next();
                }
                Operation operation = new Operation(method.toUpperCase(), path, contentType);
                operations.put(operation.key(), operation);
            }
        }
        return operations;
    }

    static List<Row> matrix() {
        InputStream in = AuthorizationMatrixIT.class.getClassLoader().getResourceAsStream(MATRIX);
        if (in == null) {
            fail(MATRIX + " is not on the test class path");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = null;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (header == null) {
                    header = line;
                    assertEquals("method,path,anonymous,applicant,other-panel member,recused member,eligible member,"
                            + "secretary,defense", line, MATRIX + " header");
                    continue;
                }
                if (cells.length != 9) {
                    fail(MATRIX + " line " + number + " has " + cells.length + " cells, not 9: " + line);
                }
                Map<Caller, Expected> expected = new LinkedHashMap<>();
                for (Caller caller : Caller.values()) {
                    String cell = cells[2 + caller.ordinal()].strip();
                    if (!cell.matches("(2xx|4xx|[1-5][0-9][0-9])( [a-z_]+)?")) {
                        fail(MATRIX + " line " + number + ": \"" + cell + "\" is not a status, 2xx or 4xx");
                    }
                    expected.put(caller, new Expected(cell));
                }
                String scene = cells[8].strip().isEmpty() ? "lobby" : cells[8].strip();
                rows.add(new Row(number, cells[0].strip(), cells[1].strip(), expected, scene));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Row row : rows) {
            if (!seen.add(row.key() + " " + row.scene())) {
                fail(MATRIX + " line " + row.line() + " repeats " + row.key() + " in " + row.scene());
            }
        }
        return rows;
    }

    // --- calling -------------------------------------------------------------------------------

    record Answer(int status, String body, String error) {
    }

    /** One request, ready to send: path filled in, body chosen for the operation and the caller. */
    record Call(String method, String path, String contentType, byte[] body, Api.Credentials credentials) {

        String describe() {
            return method + " " + path;
        }

        Answer send() {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                    .timeout(Duration.ofSeconds(60))
                    .method(method, publisher);
            if (contentType != null && body != null) {
                request.header("Content-Type", contentType);
            }
            if (credentials != null) {
                String pair = credentials.username() + ":" + credentials.password();
                request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
            }
            try {
                HttpResponse<String> response = HTTP.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Answer(response.statusCode(), response.body(), errorCode(response.body()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The error code of a body that is exactly one JSON object with a string "error"; else null. */
    static String errorCode(String body) {
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                return null;
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                return null; // something after the object
            }
            return object.get("error") instanceof JsonString code ? code.getString() : null;
        } catch (JsonParsingException | IllegalStateException e) {
            return null;
        }
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

    static Call call(Operation operation, Scene scene, Caller caller) {
        Matcher m = PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String before = operation.path().substring(0, m.start());
            String collection = before.substring(before.lastIndexOf('/', before.length() - 2) + 1,
                    before.length() - 1);
            m.appendReplacement(path, Matcher.quoteReplacement(scene.parameter(m.group(1), collection,
                    operation.key())));
        }
        m.appendTail(path);
        if (operation.key().equals("POST /api/applicants/import")) {
            // Its own round: the latest may be one another test has published meanwhile.
            path.append("?roundId=").append(scene.round);
        }
        Api.Credentials credentials = scene.credentials(caller);
        String contentType = operation.contentType();
        byte[] body = null;
        String key = operation.key();
        if (caller == Caller.APPLICANT && (key.endsWith("/ticket") || key.endsWith("/outcome"))) {
            body = ("{\"joinToken\":\"" + scene.joinToken() + "\"}").getBytes(StandardCharsets.UTF_8);
            contentType = "application/json";
        } else if (contentType != null && contentType.startsWith("image/")) {
            body = Defenses.still(); // a real JPEG, as the pages send
        } else if (contentType != null && contentType.contains("zip")) {
            body = it.viva.support.Evidence.zip(java.util.Map.of("not-an-id-number.jpg", Defenses.still()));
        } else if (contentType != null) {
            body = scene.body(key, caller).getBytes(StandardCharsets.UTF_8);
        }
        return new Call(operation.method(), path.toString(), contentType, body, credentials);
    }

    static String clip(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    // --- the defenses the rows run against ----------------------------------------------------

    /** The ids a row's path needs, the callers' credentials and a body per operation. */
    static class Scene {
        final String name;
        final Defenses.Setup setup;
        long round;
        String proposal;
        String joinToken;
        final List<AutoCloseable> open = new ArrayList<>();
        private final boolean perRow;

        Scene(String name, Defenses.Setup setup, boolean perRow) {
            this.name = name;
            this.setup = setup;
            this.round = setup.round();
            this.perRow = perRow;
        }

        String parameter(String name, String collection, String operation) {
            if (name.equals("participantId")) {
                return setup.memberId(0);
            }
            if (name.equals("recordingId")) {
                return "999999"; // no such recording: the rows check who may ask, not the recording
            }
            if (name.equals("stillId")) {
                return "999999";
            }
            if (name.equals("id")) {
                switch (collection) {
                    case "rounds":
                        return Long.toString(round);
                    case "members":
                        return Long.toString(setup.members().get(0));
                    case "applicants":
                        return Long.toString(setup.applicant());
                    case "panels":
                        return Long.toString(setup.panel());
                    case "defenses":
                        return Long.toString(setup.defense());
                    case "proposals":
                        if (proposal == null) {
                            fail(operation + " needs a proposal: give its row the defense state \"solved\"");
                        }
                        return proposal;
                    default:
                        break;
                }
            }
            fail("no value for {" + name + "} after /" + collection + "/ in " + operation
                    + ": teach AuthorizationMatrixIT.Scene.parameter what it names");
            return null;
        }

        Api.Credentials credentials(Caller caller) {
            return switch (caller) {
                case ANONYMOUS, APPLICANT -> null;
                case OTHER_PANEL -> setup.outsider().credentials();
                case RECUSED -> setup.recused().credentials();
                case ELIGIBLE -> setup.member().credentials();
                case SECRETARY -> Api.secretary().credentials();
            };
        }

        /** The applicant's join token: a new link each time, unless the scene keeps one (closed). */
        String joinToken() {
            return joinToken != null ? joinToken : setup.joinToken();
        }

        /** A minimal valid body for the operation, or an empty object. */
        String body(String operation, Caller caller) {
            return switch (operation) {
                case "POST /api/rounds" -> Fixtures.roundBody(Fixtures.unique("matrix")).build().toString();
                case "POST /api/members" -> Json.createObjectBuilder()
                        .add("name", "矩阵专家").add("employer", "某设计院")
                        .add("specialtyCodes", Json.createArrayBuilder().add("ENG11"))
                        .add("username", Fixtures.unique("matrix")).add("password", "matrix-pass-1")
                        .build().toString();
                case "POST /api/applicants" -> Fixtures.applicantBody(round, "SENIOR").build().toString();
                case "POST /api/applicants/import" -> "name,idNumber,gender,employer,specialtyCode,level,status\n";
                case "POST /api/panels" -> Json.createObjectBuilder()
                        .add("roundId", round).add("name", Fixtures.unique("matrix"))
                        .add("specialtyCodes", Json.createArrayBuilder().add("ENG11"))
                        .add("memberIds", Fixtures.ids(setup.members().subList(0, 5)))
                        .add("chairId", setup.members().get(0))
                        .build().toString();
                case "POST /api/panels/draw" -> Json.createObjectBuilder()
                        .add("roundId", round).add("name", Fixtures.unique("matrix"))
                        .add("specialtyCodes", Json.createArrayBuilder().add("ENG11")).add("size", 5)
                        .build().toString();
                case "POST /api/defenses" -> Json.createObjectBuilder()
                        .add("applicantId", Fixtures.applicant(Fixtures.applicantBody(round, "SENIOR")))
                        .add("panelId", setup.panel()).add("start", Dates.shifted("2026-12-09T09:00:00+08:00"))
                        .build().toString();
                case "PATCH /api/rounds/{id}" -> "{\"identityCheck\":true}";
                case "PATCH /api/applicants/{id}" -> "{\"phone\":\"13800000000\",\"reason\":\"矩阵更正\"}";
                case "PATCH /api/members/{id}" -> "{\"name\":\"矩阵更正\",\"reason\":\"矩阵更正\"}";
                case "PATCH /api/panels/{id}" -> "{\"specialtyCodes\":[\"ENG11\",\"ENG12\"],\"reason\":\"矩阵更正\"}";
                case "PUT /api/defenses/{id}" -> Dates.shifted("{\"start\":\"2026-12-08T09:00:00+08:00\"}");
                case "POST /api/defenses/{id}/stage" -> "{\"stage\":\"LOBBY\"}";
                case "POST /api/defenses/{id}/votes" -> "{\"decision\":\"PASS\"}";
                // A member declares for themselves; the secretariat names another member of the panel.
                case "POST /api/defenses/{id}/recusals" -> caller == Caller.SECRETARY
                        ? "{\"memberId\":" + setup.members().get(1) + ",\"reason\":\"矩阵回避\"}"
                        : "{\"reason\":\"矩阵回避\"}";
                case "POST /api/schedule/proposals" -> "{\"roundId\":" + round + ",\"timeLimitSeconds\":1}";
                case "POST /api/session" -> {
                    Api.Credentials own = credentials(caller);
                    Api.Credentials given = own != null ? own
                            : new Api.Credentials(Fixtures.unique("nobody"), "not-a-password");
                    yield Json.createObjectBuilder().add("username", given.username())
                            .add("password", given.password()).build().toString();
                }
                default -> "{}";
            };
        }

        void afterRow() {
            if (perRow) {
                close();
            }
        }

        void close() {
            for (AutoCloseable c : open) {
                try {
                    c.close();
                } catch (Exception e) {
                    // the socket may be gone already
                }
            }
            open.clear();
        }
    }

    /** Makes each row's scene: shared ones once, per-row ones afresh. */
    static class Scenes implements AutoCloseable {
        private final Map<String, Scene> shared = new HashMap<>();

        Scene forRow(String name) {
            return switch (name) {
                case "lobby" -> shared.computeIfAbsent(name, n -> lobby());
                case "closed" -> shared.computeIfAbsent(name, n -> closed());
                case "solved" -> shared.computeIfAbsent(name, n -> solved());
                case "fresh" -> new Scene(name, Defenses.scheduled(), true);
                case "waiting" -> waiting();
                case "connected" -> connected();
                case "voting" -> voting();
                default -> fail("unknown defense state \"" + name + "\" in " + MATRIX);
            };
        }

        private static Scene lobby() {
            Defenses.Setup setup = Defenses.scheduled();
            setup.openLobby();
            return new Scene("lobby", setup, false);
        }

        private static Scene closed() {
            Defenses.Setup setup = Defenses.scheduled();
            Scene scene = new Scene("closed", setup, false);
            scene.joinToken = setup.joinToken(); // links are made only before the close
            Api.Reply reply = Api.secretary().post("/api/defenses/" + setup.defense() + "/stage",
                    "{\"stage\":\"CLOSED\"}");
            assertEquals(200, reply.status(), reply::toString);
            return scene;
        }

        private static Scene solved() {
            Scene scene = new Scene("solved", Defenses.scheduled(), false);
            scene.round = Fixtures.round();
            Api.Reply started = Api.secretary().post("/api/schedule/proposals",
                    "{\"roundId\":" + scene.round + ",\"timeLimitSeconds\":1}");
            assertEquals(202, started.status(), started::toString);
            scene.proposal = started.json().getString("id");
            long deadline = System.currentTimeMillis() + 60_000;
            while (true) {
                String status = Api.secretary().get("/api/schedule/proposals/" + scene.proposal).json()
                        .getString("status");
                if (status.equals("DONE")) {
                    return scene;
                }
                if (!status.equals("SOLVING") || System.currentTimeMillis() > deadline) {
                    fail("the proposal for an empty round ended " + status);
                }
                sleep(200);
            }
        }

        private static Scene waiting() {
            Defenses.Setup setup = Defenses.scheduled();
            Scene scene = new Scene("waiting", setup, true);
            RoomClient applicant = RoomClient.connect(setup.defense(), setup.applicantTicket(setup.joinToken()));
            scene.open.add(applicant);
            assertEquals("lobby", applicant.await("welcome").getString("state"));
            setup.verifyIdentity();
            long deadline = System.currentTimeMillis() + 10_000;
            while (!Api.secretary().get("/api/defenses/" + setup.defense() + "/presence").json()
                    .getJsonArray("waiting").toString().contains(setup.applicantId())) {
                if (System.currentTimeMillis() > deadline) {
                    fail("the applicant did not show as waiting");
                }
                sleep(100);
            }
            return scene;
        }

        private Scene connected() {
            Scene lobby = forRow("lobby");
            Scene scene = new Scene("connected", lobby.setup, true);
            RoomClient member = RoomClient.connect(lobby.setup.defense(), lobby.setup.ticket(lobby.setup.member()));
            scene.open.add(member);
            member.await("welcome");
            long deadline = System.currentTimeMillis() + 10_000;
            while (!Api.secretary().get("/api/defenses/" + lobby.setup.defense() + "/presence").json()
                    .getJsonArray("present").toString().contains(lobby.setup.memberId(0))) {
                if (System.currentTimeMillis() > deadline) {
                    fail("the member did not show as present");
                }
                sleep(100);
            }
            return scene;
        }

        private static Scene voting() {
            Voting voting = Voting.with(5);
            voting.open();
            Scene scene = new Scene("voting", voting.setup, true);
            scene.open.add(voting);
            return scene;
        }

        @Override
        public void close() {
            shared.values().forEach(Scene::close);
        }
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
