package org.barometer.respond;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.EmlOutbox;
import org.barometer.testing.Jdbc;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away in the middle of a submission load and comes back: every answer the
 * service acknowledged with 201 is stored afterwards, whole, and the service answers again without
 * a restart. The test prints the counts.
 *
 * <p>It cannot restart the PostgreSQL server itself, which other test runs share; it stands in for
 * a restart by cutting this test's own database: {@code ALLOW_CONNECTIONS false}, every session
 * of the database terminated ({@code pg_terminate_backend}, what a server shutdown does to them),
 * then connections allowed again a few seconds later. The pool sees the same thing as after a
 * restart — its connections dead, new ones refused, then accepted.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIntegrationTest extends ServiceTest {

    private static final int PEOPLE = 600;
    private static final int CLIENTS = 8;
    private static final String ANSWERS = "\"answers\":{\"stress\":4,\"clarity\":2,\"interruptions\":5,\"autonomy\":3,"
            + "\"workload\":4,\"support\":1}";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("barometer.rate-limit.requests", "0", "barometer.mail.rate-per-second", "0",
                "barometer.mail.batch-size", "200", "datasources.default.connection-timeout", "2000");
    }

    @Test
    void everyAcknowledgedAnswerSurvivesTheDatabaseGoingAwayAndTheServiceRecoversAlone() throws Exception {
        api.importCsv(Staff.team("Sales", PEOPLE), false);
        String waveId = api.openedWave("2026-Q4", 5);
        api.awaitDelivered(waveId, Duration.ofSeconds(120));
        Queue<String> tokens = new ConcurrentLinkedQueue<>(
                EmlOutbox.tokensByRecipient(Path.of(property("barometer.mail.dir"))).values());
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> submitUntilEmpty(tokens, acknowledged, failed));
        }
        Thread.sleep(1_500);
        int before = acknowledged.size();
        cutDatabase(Duration.ofSeconds(4));
        clients.shutdown();
        assertTrue(clients.awaitTermination(3, TimeUnit.MINUTES), "the load ended");
        int after = acknowledged.size();

        long stored = Jdbc.count(getProperties(), "SELECT COUNT(*) FROM response WHERE wave_id = '" + waveId + "'");
        System.out.printf("Database cut during the load: %d answers acknowledged (%d before the cut), %d failed "
                + "while it was away, %d stored%n", after, before, failed.get(), stored);
        assertTrue(failed.get() > 0, "the cut was felt by the load");
        assertTrue(after > before + 10, "answers were acknowledged again after the database came back");
        for (String token : acknowledged) {
            assertEquals(1, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM invitation_token t JOIN invitation i "
                    + "ON i.id = t.invitation_id WHERE i.responded AND t.token_hash = '" + sha256(token) + "'"));
        }
        assertEquals(stored, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM invitation WHERE responded"));
        assertTrue(stored >= after, "every acknowledged answer is stored");
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM response r WHERE "
                + "(SELECT COUNT(*) FROM response_answer a WHERE a.response_id = r.id) <> 6"), "no partial answer");
    }

    private void submitUntilEmpty(Queue<String> tokens, Queue<String> acknowledged, AtomicInteger failed) {
        for (String token = tokens.poll(); token != null; token = tokens.poll()) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.getURL()
                                + "/api/v1/responses")).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"," + ANSWERS + "}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    acknowledged.add(token);
                } else {
                    failed.incrementAndGet();
                }
            } catch (Exception e) {
                failed.incrementAndGet();
            }
        }
    }

    /** Refuses new connections to this test's database and ends its sessions, then lets it back. */
    private void cutDatabase(Duration outage) throws Exception {
        String url = property("datasources.default.url");
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, property("datasources.default.username"),
                property("datasources.default.password")); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS false");
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
            Thread.sleep(outage.toMillis());
            s.execute("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS true");
        }
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
