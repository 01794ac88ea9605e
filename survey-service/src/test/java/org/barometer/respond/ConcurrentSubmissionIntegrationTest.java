package org.barometer.respond;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.ReceivedEmail;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A link used from many places at the same instant (a double click, a forwarded email, a retrying
 * client) still counts once: on PostgreSQL, with real concurrent transactions.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentSubmissionIntegrationTest extends ServiceTest {

    private static final int SENDERS = 50;
    private static final String ANSWERS = """
            {"token":"%s","answers":{"stress":4,"clarity":3,"interruptions":2,"autonomy":4,"workload":3,"support":5},
             "comment":"Sent %d times at once"}""";

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }

    @Test
    void fiftySimultaneousAnswersWithOneLinkStoreExactlyOneResponse() throws Exception {
        api.importCsv(Staff.team("Support", 3), false);
        String wave = api.openedWave("2026-Q4", 3);
        api.awaitDelivered(wave, Duration.ofSeconds(30));
        String token = ReceivedEmail.to(ReceivedEmail.inFolder(Path.of(property("barometer.mail.dir"))),
                "support-1@example.com").token();

        List<Integer> statuses = postAllAtOnce(token);

        Map<Integer, Long> counts = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, (long) SENDERS - 1), counts, "one answer stored, every other one refused");
        assertEquals(1, storedRows(wave), "one answer stored (in the ballot box or released)");
        assertEquals(1, invitationsAnswered(wave), "the wave counts one respondent");
    }

    private List<Integer> postAllAtOnce(String token) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/responses"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(ANSWERS.formatted(token, SENDERS)))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        try {
            CountDownLatch ready = new CountDownLatch(SENDERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < SENDERS; i++) {
                sent.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "all senders ready");
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : sent) {
                statuses.add(status.get(90, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Counted straight in the database, outside the service. */
    private long storedRows(String waveId) throws SQLException {
        return countFor(waveId, "SELECT (SELECT COUNT(*) FROM ballot WHERE wave_id = ?) + (SELECT COUNT(*) FROM response WHERE wave_id = ?)");
    }

    private long invitationsAnswered(String waveId) throws SQLException {
        return countFor(waveId, "SELECT COUNT(*) FROM invitation WHERE wave_id = ? AND responded");
    }

    private long countFor(String waveId, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(property("datasources.default.url"),
                property("datasources.default.username"), property("datasources.default.password"));
             PreparedStatement query = c.prepareStatement(sql)) {
            for (int p = 1; p <= query.getParameterMetaData().getParameterCount(); p++) {
                query.setObject(p, UUID.fromString(waveId));
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
