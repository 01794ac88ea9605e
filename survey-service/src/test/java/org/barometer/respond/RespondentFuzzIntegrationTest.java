package org.barometer.respond;

import org.barometer.testing.EmlOutbox;
import org.barometer.testing.Jdbc;
import org.barometer.testing.MalformedInput;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.barometer.testing.MalformedInput.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input at the respondent's doors (the JSON API and the form), drawn from a fixed seed:
 * random bytes, invalid UTF-8, deep JSON, wrong content types, duplicate fields, ratings that are
 * negative or not whole numbers, odd comments and tokens, bodies too large — mixed with valid
 * answers on real personal links. No request may get a 5xx, and afterwards the database holds
 * exactly the answers that were acknowledged, each complete: no link consumed by a refused
 * answer, no response without all its ratings, live counters that agree.
 */
abstract class RespondentFuzzIntegrationTest extends ServiceTest {

    private static final long SEED = 20261126L;
    private static final String HUGE = "huge body";
    /** The service's limit on an answer's body (barometer.respondent-max-body); beyond it: 413 and the connection closed. */
    private static final int MAX_BODY = 64 * 1024;
    private static final int ROUNDS = 300;
    private static final String VALID = "\"stress\":4,\"clarity\":2,\"interruptions\":5,\"autonomy\":3,\"workload\":4,\"support\":1";
    private static final List<String> KEYS = List.of("stress", "clarity", "interruptions", "autonomy", "workload", "support");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final MalformedInput input = new MalformedInput(SEED);
    private final Deque<String> unused = new ArrayDeque<>();
    private final List<String> serverErrors = new ArrayList<>();
    private int stored;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("barometer.rate-limit.requests", "0");
    }

    @Test
    void noHostileRequestGetsA5xxAndOnlyAcknowledgedAnswersAreStoredWhole() throws Exception {
        api.importCsv(Staff.team("Sales", 80), false);
        String waveId = api.openedWave("2026-Q4", 3);
        api.awaitDelivered(waveId, Duration.ofSeconds(60));
        unused.addAll(EmlOutbox.tokensByRecipient(Path.of(property("barometer.mail.dir"))).values());

        List<Supplier<Attempt>> kinds = List.of(this::randomBytes, this::invalidUtf8, this::deepJson,
                this::wrongContentType, this::duplicateFields, this::oddRatings, this::oddComment, this::oddToken,
                this::oddForm, this::oddLink, this::hugeBody, this::validAnswer);
        for (int round = 0; round < ROUNDS && !unused.isEmpty(); round++) {
            send(input.oneOf(kinds).get());
        }

        assertEquals(List.of(), serverErrors, "requests answered with a 5xx or not at all");
        assertTrue(stored > 10, "some valid answers were mixed in: " + stored);
        String wave = "wave_id = '" + waveId + "'";
        assertEquals(stored, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM invitation WHERE responded AND " + wave));
        assertEquals((long) stored, ((Number) api.wave(waveId).get("responded")).longValue());
        api.closeWave(waveId);
        assertEquals(stored, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM response WHERE " + wave),
                "closing released every acknowledged answer, once");
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM response r WHERE "
                + "(SELECT COUNT(*) FROM response_answer a WHERE a.response_id = r.id) <> 6"), "incomplete responses");
        assertEquals(stored * 6L, Jdbc.count(getProperties(), "SELECT COALESCE(SUM(h.n), 0) FROM profile_histogram h "
                + "JOIN wave_profile p ON p.id = h.profile_id WHERE p." + wave), "the tally counts every stored rating once");
    }

    /** One request and what a correct service may answer. */
    private record Attempt(String what, String token, HttpRequest request) {
    }

    private void send(Attempt attempt) throws Exception {
        HttpResponse<String> response;
        try {
            // Oversized bodies go through their own client: the connection they leave half-closed
            // must not be picked up again for the next request.
            HttpClient client = attempt.what().startsWith(HUGE) ? HttpClient.newHttpClient() : http;
            response = client.send(attempt.request(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            // The service answers 413 and closes before an oversized body is uploaded; java.net.http,
            // still sending, may then see only the closed connection.
            if (attempt.what().startsWith(HUGE)) {
                return;
            }
            // A pooled connection the service had closed after an earlier refusal fails before the
            // request reaches it: send it once more on a fresh connection. A request the service
            // itself drops is dropped again, and counts as a failure.
            try {
                response = HttpClient.newHttpClient().send(attempt.request(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException again) {
                serverErrors.add("no answer for " + attempt.what() + ": " + again.getMessage());
                return;
            }
        }
        int status = response.statusCode();
        if (status >= 500) {
            serverErrors.add(status + " for " + attempt.what() + ": " + abbreviated(response.body()));
        }
        if (status == 201 || status == 303) {
            stored++;
            unused.remove(attempt.token());
        }
    }

    private Attempt randomBytes() {
        return json("random bytes", null, input.randomBytes(2_000));
    }

    private Attempt invalidUtf8() {
        String token = unused.peek();
        return json("invalid UTF-8", token, input.withInvalidUtf8("{\"token\":\"" + token + "\",\"answers\":{" + VALID
                + "},\"comment\":\"Bonne ambiance dans l’équipe\"}"));
    }

    private Attempt deepJson() {
        int depth = 500 + input.random().nextInt(20_000);
        boolean inAnswers = input.random().nextBoolean();
        String body = inAnswers ? "{\"token\":\"" + unused.peek() + "\",\"answers\":" + MalformedInput.deepJson(depth, true) + "}"
                : MalformedInput.deepJson(depth, input.random().nextBoolean());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        // Deep objects soon pass the body limit: then it is an oversized body, refused before parsing.
        String what = (bytes.length > MAX_BODY ? HUGE + ": " : "") + "JSON nested " + depth + " deep";
        return json(what, unused.peek(), bytes);
    }

    private Attempt wrongContentType() {
        String type = input.oneOf(List.of("text/plain", "application/xml", "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded", "application/json; charset=latin-1", "image/png", "*/*", ""));
        String body = "{\"token\":\"" + unused.peek() + "\",\"answers\":{" + VALID + "}}";
        HttpRequest.Builder request = builder("/api/v1/responses").POST(HttpRequest.BodyPublishers.ofString(body));
        if (!type.isEmpty()) {
            request.header("Content-Type", type);
        }
        return new Attempt("JSON sent as '" + type + "'", unused.peek(), request.build());
    }

    private Attempt duplicateFields() {
        String token = unused.peek();
        String body = input.random().nextBoolean()
                ? "{\"token\":\"" + token + "\",\"token\":\"" + "Z".repeat(22) + "\",\"answers\":{" + VALID + "}}"
                : "{\"token\":\"" + token + "\",\"answers\":{" + VALID + ",\"stress\":" + input.oddNumber() + "}}";
        return json("duplicate fields", token, body.getBytes(StandardCharsets.UTF_8));
    }

    private Attempt oddRatings() {
        String token = unused.peek();
        StringBuilder answers = new StringBuilder();
        for (String key : KEYS) {
            String value = input.random().nextInt(3) == 0 ? input.oddNumber() : String.valueOf(1 + input.random().nextInt(5));
            answers.append(answers.isEmpty() ? "" : ",").append('"').append(key).append("\":").append(value);
        }
        String body = "{\"token\":\"" + token + "\",\"answers\":{" + answers + "}}";
        return json("ratings {" + answers + "}", token, body.getBytes(StandardCharsets.UTF_8));
    }

    private Attempt oddComment() {
        String token = unused.peek();
        String comment = input.oddText();
        String body = "{\"token\":\"" + token + "\",\"answers\":{" + VALID + "},\"comment\":" + quoted(comment) + "}";
        return json("comment " + abbreviated(comment), token, body.getBytes(StandardCharsets.UTF_8));
    }

    private Attempt oddToken() {
        String token = input.oneOf(List.of(quoted(input.oddText()), "12", "[\"a\"]", "{\"t\":1}", "true", "null",
                quoted(unused.peek() + " "), quoted(unused.peek().toLowerCase())));
        String body = "{\"token\":" + token + ",\"answers\":{" + VALID + "}}";
        return json("token " + abbreviated(token), null, body.getBytes(StandardCharsets.UTF_8));
    }

    private Attempt oddForm() {
        String token = unused.peek();
        StringBuilder form = new StringBuilder("lang=" + encode(input.oddText()));
        for (String key : KEYS) {
            form.append("&q.").append(key).append('=').append(input.random().nextInt(4) == 0
                    ? encode(input.oddNumber()) : String.valueOf(1 + input.random().nextInt(5)));
        }
        switch (input.random().nextInt(4)) {
            case 0 -> form.append("&q.stress=9&q.stress=1");
            case 1 -> form.append("&comment=%ZZ%");
            case 2 -> form.append("&comment=").append(encode(input.oddText()));
            default -> form.append("&").append(encode(input.oddText())).append("=1");
        }
        byte[] body = input.random().nextInt(5) == 0 ? input.withInvalidUtf8(form.toString())
                : form.toString().getBytes(StandardCharsets.UTF_8);
        return new Attempt("form " + abbreviated(form.toString()), token, builder("/s/" + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private Attempt oddLink() {
        String path = "/s/" + encode(new String(input.randomBytes(40), StandardCharsets.ISO_8859_1))
                + "?lang=" + encode(input.oddText());
        return new Attempt("GET " + abbreviated(path), null, builder(path).GET().build());
    }

    /** Beyond the 64 KB limit (RespondentLimitsIntegrationTest checks the 413 itself). */
    private Attempt hugeBody() {
        String token = unused.peek();
        String body = "{\"token\":\"" + token + "\",\"answers\":{" + VALID + "},\"comment\":\""
                + "a".repeat(70_000 + input.random().nextInt(200_000)) + "\"}";
        return json(HUGE, token, body.getBytes(StandardCharsets.UTF_8));
    }

    private Attempt validAnswer() {
        String token = unused.peek();
        return json("valid answer", token, ("{\"token\":\"" + token + "\",\"answers\":{" + VALID + "}}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private Attempt json(String what, String token, byte[] body) {
        return new Attempt(what, token, builder("/api/v1/responses").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(Duration.ofSeconds(30));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviated(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + ")" : text;
    }
}
