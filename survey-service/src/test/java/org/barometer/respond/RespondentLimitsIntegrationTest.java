package org.barometer.respond;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.EmlOutbox;
import org.barometer.testing.Jdbc;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    /** The default BAROMETER_RESPONDENT_MAX_BODY, 64KB. */
    private static final int MAX_BODY = 64 * 1024;
    private final HttpClient http = HttpClient.newHttpClient();
    private String address;
    private String wave;

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

    /**
     * A body larger than any answer is refused with a 413 the client can read: the server reads the
     * rest of it before answering, instead of closing while the client is still sending (which the
     * client sees as a reset, not as the message). Sent many times over one client, with its length
     * declared and in chunks, each one gets its 413 and the connection stays usable.
     */
    @Test
    void aBodyLargerThanAnyAnswerIsRefusedWithA413TheClientReads() throws Exception {
        String huge = "{\"token\":\"x\",\"comment\":\"" + "a".repeat(200_000) + "\"}";
        byte[] hugeChunked = padded("{\"token\":\"x\"", "}", 300_000);

        for (int i = 0; i < 15; i++) {
            aNewClient();
            HttpResponse<String> declared = send(json(huge));
            assertEquals(413, declared.statusCode(), "declared length, try " + i);
            assertTrue(declared.body().contains("An answer is at most 64 KB"), declared.body());
            aNewClient();
            assertEquals(413, send(chunked(request("/api/v1/responses").header("Content-Type", "application/json"),
                    hugeChunked)).statusCode(), "chunked, try " + i);
        }
        aNewClient();
        assertEquals(404, send(get("/s/" + "E".repeat(22))).statusCode(), "the client goes on after its 413s");
        assertEquals(0, responded(), "nothing stored");
    }

    /**
     * A body sent in chunks declares no length, so the limit is counted as it arrives: one byte
     * over the limit is refused and stores nothing, the same answer at exactly the limit is stored.
     */
    @Test
    void aChunkedAnswerIsHeldToTheSameLimitByTheByteOnTheJsonDoor() throws Exception {
        String token = openWaveToken();
        String answer = "{\"token\":\"" + token + "\",\"answers\":{\"stress\":3,\"clarity\":3,\"interruptions\":3,"
                + "\"autonomy\":3,\"workload\":3,\"support\":3}";

        HttpResponse<String> over = send(chunked(request("/api/v1/responses").header("Content-Type", "application/json"),
                padded(answer, "}", MAX_BODY + 1)));
        assertEquals(413, over.statusCode(), over.body());
        assertEquals(0, responded(), "nothing stored");

        HttpResponse<String> atLimit = send(chunked(request("/api/v1/responses").header("Content-Type", "application/json"),
                padded(answer, "}", MAX_BODY)));
        assertEquals(201, atLimit.statusCode(), atLimit.body());
        assertEquals(1, responded());
    }

    @Test
    void aChunkedAnswerIsHeldToTheSameLimitByTheByteOnTheForm() throws Exception {
        String token = openWaveToken();
        StringBuilder form = new StringBuilder("lang=en");
        for (String key : new String[] {"stress", "clarity", "interruptions", "autonomy", "workload", "support"}) {
            form.append("&q.").append(key).append("=3");
        }
        // Fields the form does not have are ignored; each stays under the per-field buffer.
        String fields = form.append("&pad1=").append("a".repeat(30_000)).append("&pad2=").append("a".repeat(30_000))
                .append("&pad3=").toString();

        HttpResponse<String> over = send(chunked(request("/s/" + token)
                .header("Content-Type", "application/x-www-form-urlencoded"), padded(fields, "", MAX_BODY + 1, 'a')));
        assertEquals(413, over.statusCode(), over.body());
        assertEquals(0, responded(), "nothing stored");

        HttpResponse<String> atLimit = send(chunked(request("/s/" + token)
                .header("Content-Type", "application/x-www-form-urlencoded"), padded(fields, "", MAX_BODY, 'a')));
        assertEquals(303, atLimit.statusCode(), atLimit.body());
        assertEquals(1, responded());
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

    /** A wave opened for six people; the token of one of them. */
    private String openWaveToken() {
        api.importCsv(Staff.team("Sales", 6), false);
        wave = api.openedWave("2026-Q4", 5);
        api.awaitDelivered(wave, Duration.ofSeconds(20));
        return EmlOutbox.tokensByRecipient(Path.of(property("barometer.mail.dir"))).get("sales-1@example.com");
    }

    /** Answers stored, in the ballot box or released (the wave's own total stays unsaid under k). */
    private long responded() {
        return Jdbc.answersStored(getProperties());
    }

    /** {@code body} then {@code padding} up to exactly {@code size} bytes (UTF-8), then {@code end}. */
    private static byte[] padded(String body, String end, int size, char padding) {
        int pad = size - body.getBytes(StandardCharsets.UTF_8).length - end.getBytes(StandardCharsets.UTF_8).length;
        return (body + String.valueOf(padding).repeat(pad) + end).getBytes(StandardCharsets.UTF_8);
    }

    /** JSON padded with spaces, which any JSON reader skips. */
    private static byte[] padded(String body, String end, int size) {
        return padded(body, end, size, ' ');
    }

    /** The body in 8 KB pieces of unknown total length: the client sends it chunked, with no Content-Length. */
    private static HttpRequest.Builder chunked(HttpRequest.Builder request, byte[] body) {
        List<byte[]> pieces = new ArrayList<>();
        for (int from = 0; from < body.length; from += 8192) {
            pieces.add(Arrays.copyOfRange(body, from, Math.min(body.length, from + 8192)));
        }
        return request.POST(HttpRequest.BodyPublishers.ofByteArrays(pieces));
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
