package it.viva.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/** Viva answers over HTTPS on HTTPS_PORT with the certificate Liberty generated on first start. */
class HttpsIT {

    private static final String HTTPS_BASE = System.getProperty("viva.it.httpsUrl", "https://localhost:19443");

    @Test
    void servesTheApiOverTlsWithTheGeneratedCertificate() throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm("");
        HttpClient client = HttpClient.newBuilder().sslContext(trustAll).sslParameters(parameters)
                .version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(HTTPS_BASE + "/health/ready"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(URI.create(HTTPS_BASE + "/api/rounds"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.body().contains("unauthenticated"));
        HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(URI.create(HTTPS_BASE + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"secretary\",\"password\":\""
                        + Api.SECRETARY_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, signIn.statusCode(), signIn::body);
    }
}
