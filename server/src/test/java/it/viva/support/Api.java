package it.viva.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A real HTTP client against the integration-test server, signed in as one user or anonymous. */
public final class Api {

    public static final String BASE = System.getProperty("viva.it.baseUrl", "http://localhost:19080");
    public static final String SECRETARY_PASSWORD = System.getProperty("viva.it.secretaryPassword",
            "it-Secretary-Pass-1");

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String authorization;

    private Api(String authorization) {
        this.authorization = authorization;
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public static Api secretary() {
        return as("secretary", SECRETARY_PASSWORD);
    }

    public static Api as(String username, String password) {
        String pair = username + ":" + password;
        return new Api("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    public static Api withAuthorization(String header) {
        return new Api(header);
    }

    /** The user name and password this client sends with HTTP Basic. */
    public record Credentials(String username, String password) {
    }

    /** This client's Basic credentials, or null when it is anonymous or sends another header. */
    public Credentials credentials() {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String pair = new String(Base64.getDecoder().decode(authorization.substring("Basic ".length())),
                StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        return colon < 0 ? null : new Credentials(pair.substring(0, colon), pair.substring(colon + 1));
    }

    public record Reply(int status, String body, HttpHeaders headers) {

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            } catch (RuntimeException e) {
                throw new AssertionError("expected a JSON object, got " + status + ": " + body, e);
            }
        }

        public JsonArray array() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            } catch (RuntimeException e) {
                throw new AssertionError("expected a JSON array, got " + status + ": " + body, e);
            }
        }

        public String error() {
            return json().getString("error");
        }

        public long id() {
            return json().getJsonNumber("id").longValue();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Reply get(String path) {
        return send(builder(path).GET());
    }

    /** The raw body, for binary answers such as PDF. */
    public byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(builder(path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply post(String path, String json) {
        return post(path, json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    public Reply post(String path, JsonValue json) {
        return post(path, json.toString());
    }

    public Reply post(String path, byte[] body, String contentType) {
        HttpRequest.Builder builder = builder(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    public Reply put(String path, byte[] body, String contentType) {
        HttpRequest.Builder builder = builder(path).PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    public Reply postWithHeader(String path, String json, String header, String value) {
        return send(builder(path).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json").header(header, value));
    }

    /** Any method, with a JSON body when one is given. */
    public Reply send(String method, String path, String json) {
        HttpRequest.Builder builder = builder(path).method(method, json == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
