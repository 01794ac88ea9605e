package org.barometer.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The HR API as a test drives it over real HTTP, signed in as the bootstrap admin. */
public final class BarometerApi {

    private final BlockingHttpClient http;
    private final String username;
    private final String password;
    private String bearer;

    public BarometerApi(HttpClient client) {
        this(client, ServiceProperties.ADMIN, ServiceProperties.ADMIN_PASSWORD);
    }

    private BarometerApi(HttpClient client, String username, String password) {
        this.http = client.toBlocking();
        this.username = username;
        this.password = password;
    }

    public static BarometerApi at(URL url) {
        return new BarometerApi(HttpClient.create(url));
    }

    /** The API signed in as another account than the bootstrap admin. */
    public static BarometerApi at(URL url, String username, String password) {
        return new BarometerApi(HttpClient.create(url), username, password);
    }

    public BlockingHttpClient http() {
        return http;
    }

    public String login() {
        if (bearer == null) {
            Map<String, Object> body = http.retrieve(HttpRequest.POST("/login",
                    Map.of("username", username, "password", password)),
                    Argument.mapOf(String.class, Object.class));
            bearer = (String) body.get("access_token");
        }
        return bearer;
    }

    public Map<String, Object> importCsv(String csv, boolean deactivateMissing) {
        return retrieve(HttpRequest.POST("/api/v1/employees/import?deactivateMissing=" + deactivateMissing, csv)
                .contentType("text/csv"));
    }

    public Map<String, Object> createWave(String label, int threshold) {
        return retrieve(HttpRequest.POST("/api/v1/waves", Map.of("label", label, "template", "wellbeing-barometer",
                "closesAt", Instant.now().plus(Duration.ofDays(14)).toString(), "anonymityThreshold", threshold)));
    }

    public Map<String, Object> openWave(Object waveId) {
        return retrieve(HttpRequest.POST("/api/v1/waves/" + waveId + "/open", ""));
    }

    public Map<String, Object> closeWave(Object waveId) {
        return retrieve(HttpRequest.POST("/api/v1/waves/" + waveId + "/close", ""));
    }

    public Map<String, Object> wave(Object waveId) {
        return retrieve(HttpRequest.GET("/api/v1/waves/" + waveId));
    }

    /** Creates and opens a wave; returns its id. */
    public String openedWave(String label, int threshold) {
        String id = (String) createWave(label, threshold).get("id");
        openWave(id);
        return id;
    }

    /** Waits until the sender has handled every queued email of the wave. */
    public Map<String, Object> awaitDelivered(Object waveId, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Map<String, Object> wave = wave(waveId);
            @SuppressWarnings("unchecked")
            Map<String, Object> emails = (Map<String, Object>) wave.get("emails");
            if (((Number) emails.get("pending")).longValue() == 0) {
                return wave;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Emails still pending after " + timeout + ": " + wave);
            }
            sleep(100);
        }
    }

    public Map<String, Object> retrieve(MutableHttpRequest<?> request) {
        return http.retrieve(request.bearerAuth(login()).accept(MediaType.APPLICATION_JSON_TYPE),
                Argument.mapOf(String.class, Object.class));
    }

    /** The status and JSON body of a request expected to fail. */
    public static HttpClientResponseException failure(Runnable call) {
        try {
            call.run();
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("Expected an HTTP error");
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
