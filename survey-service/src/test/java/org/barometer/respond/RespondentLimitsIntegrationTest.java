package org.barometer.respond;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The respondent endpoints over real HTTP, with a small limit (5 requests per hour per address):
 * a client past it gets 429 in its language, other clients and the HR API do not, and requests
 * larger than any answer are refused before they are read. Each test plays its own client address
 * through X-Forwarded-For, which the service is told to trust here as it would behind a proxy.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RespondentLimitsIntegrationTest extends ServiceTest {

    private static final int LIMIT = 5;
    private final HttpClient http = HttpClient.newHttpClient();
    private String address;

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("barometer.rate-limit.requests", String.valueOf(LIMIT), "barometer.rate-limit.window", "1h",
                "micronaut.server.client-address-header", "X-Forwarded-For");
    }

    @BeforeEach
    void aNewClient() {
        address = "192.0.2." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID();
    }

    @Test
    void pastTheLimitTheFormAnswers429InTheBrowsersLanguageWithRetryAfter() throws Exception {
        for (int i = 0; i < LIMIT; i++) {
            assertEquals(404, send(get("/s/" + "A".repeat(22)).header("Accept-Language", "fr-FR,fr;q=0.9")).statusCode());
        }
        HttpResponse<String> refused = send(get("/s/" + "A".repeat(22)).header("Accept-Language", "fr-FR,fr;q=0.9"));

        assertEquals(429, refused.statusCode());
        assertTrue(refused.body().contains("Trop de requêtes"), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void theJsonDoorSharesTheLimitAndAnswersJson() throws Exception {
        for (int i = 0; i < LIMIT; i++) {
            send(get("/s/" + "B".repeat(22)));
        }
        HttpResponse<String> refused = send(json("{\"token\":\"x\",\"answers\":{}}"));

        assertEquals(429, refused.statusCode());
        assertTrue(refused.body().contains("\"message\":\"Too many requests"), refused.body());
        assertTrue(refused.body().contains("Trop de requêtes"), refused.body());
    }

    @Test
    void anotherAddressAndTheHrApiAreNotLimited() throws Exception {
        for (int i = 0; i <= LIMIT; i++) {
            send(get("/s/" + "C".repeat(22)));
        }
        String limited = address;
        address = "198.51.100.7-" + UUID.randomUUID();

        assertEquals(404, send(get("/s/" + "C".repeat(22))).statusCode(), "a second client has its own budget");
        address = limited;
        assertEquals(200, send(get("/api/v1/waves").header("Authorization", "Bearer " + api.login())).statusCode());
    }

    @Test
    void aBodyLargerThanAnyAnswerIs413BeforeItIsRead() throws Exception {
        String huge = "{\"token\":\"x\",\"comment\":\"" + "a".repeat(200_000) + "\"}";

        assertEquals(413, send(json(huge)).statusCode());
    }

    @Test
    void oversizedHeadersAndTooManyFormFieldsAreRefusedWithA4xx() throws Exception {
        int headers = send(get("/s/" + "D".repeat(22)).header("X-Padding", "p".repeat(20_000))).statusCode();
        StringBuilder form = new StringBuilder("lang=fr");
        for (int i = 0; i < 500; i++) {
            form.append("&q.f").append(i).append("=1");
        }
        int fields = send(request("/s/" + "D".repeat(22)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))).statusCode();

        assertTrue(headers >= 400 && headers < 500, "headers: " + headers);
        assertTrue(fields >= 400 && fields < 500, "fields: " + fields);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("X-Forwarded-For", address);
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder json(String body) {
        return request("/api/v1/responses").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
