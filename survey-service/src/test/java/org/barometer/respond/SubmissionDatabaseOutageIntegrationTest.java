package org.barometer.respond;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.EmlOutbox;
import org.barometer.testing.Jdbc;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
class SubmissionDatabaseOutageIntegrationTest extends ServiceTest {

    private static final int PEOPLE = 600;
    private static final int CLIENTS = 8;
    /** Acknowledged answers before the cut starts, so that the load is demonstrably running. */
    private static final int STARTED = 30;
    /** Acknowledged answers after the database is back, so that recovery is shown, not assumed. */
    private static final int RECOVERED = 20;
    private static final Duration OUTAGE = Duration.ofSeconds(4);
    private static final Duration FAILURE_BACKOFF = Duration.ofMillis(250);
    private static final Duration PHASE_TIMEOUT = Duration.ofSeconds(90);
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
        Load load = new Load(EmlOutbox.tokensByRecipient(Path.of(property("barometer.mail.dir"))).values());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(load::submitUntilStopped);
        }
        int before;
        int atRecovery;
        int failedDuringCut;
        try {
            // Each phase waits for what it needs to have seen, not for a fixed time: on a fast machine
            // the load could otherwise be over before the cut, on a slow one not yet started.
            load.await(() -> load.acknowledged.size() >= STARTED, "the load to be under way");
            before = load.acknowledged.size();
            int failedBefore = load.failed.get();
            TestDatabase.acceptConnections(getProperties(), false);
            long cutAt = System.nanoTime();
            try {
                load.await(() -> load.failed.get() > failedBefore && System.nanoTime() - cutAt >= OUTAGE.toNanos(),
                        "submissions to fail while the database is away");
            } finally {
                TestDatabase.acceptConnections(getProperties(), true);
            }
            atRecovery = load.acknowledged.size();
            failedDuringCut = load.failed.get() - failedBefore;
            load.await(() -> load.acknowledged.size() >= atRecovery + RECOVERED, "answers to be acknowledged again");
        } finally {
            load.stop = true;
            clients.shutdown();
        }
        assertTrue(clients.awaitTermination(1, TimeUnit.MINUTES), "the load ended");
        int after = load.acknowledged.size();

        long stored = Jdbc.count(getProperties(), "SELECT COUNT(*) FROM response WHERE wave_id = '" + waveId + "'");
        System.out.printf("Database cut during the load: %d answers acknowledged (%d before the cut, %d after it "
                + "came back), %d failed while it was away (%d in all), %d stored%n", after, before, after - atRecovery,
                failedDuringCut, load.failed.get(), stored);
        assertTrue(failedDuringCut > 0, "the cut was felt by the load");
        assertTrue(after >= atRecovery + RECOVERED, "answers were acknowledged again after the database came back");
        for (String token : load.acknowledged) {
            assertEquals(1, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM invitation_token t JOIN invitation i "
                    + "ON i.id = t.invitation_id WHERE i.responded AND t.token_hash = '" + sha256(token) + "'"));
        }
        assertEquals(stored, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM invitation WHERE responded"));
        assertTrue(stored >= after, "every acknowledged answer is stored");
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM response r WHERE "
                + "(SELECT COUNT(*) FROM response_answer a WHERE a.response_id = r.id) <> 6"), "no partial answer");
    }

    /** Clients submitting one invitation token each until told to stop, counting what came back. */
    private final class Load {
        final Queue<String> tokens;
        final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        final AtomicInteger failed = new AtomicInteger();
        volatile boolean stop;

        Load(Collection<String> tokens) {
            this.tokens = new ConcurrentLinkedQueue<>(tokens);
        }

        void submitUntilStopped() {
            for (String token = tokens.poll(); !stop && token != null; token = tokens.poll()) {
                if (!submit(token)) {
                    failed.incrementAndGet();
                    pause(); // a client backs off after an error; it also keeps tokens for after the cut
                }
            }
        }

        /** Waits, bounded, for the load to show something; fails clearly if the tokens ran out first. */
        void await(BooleanSupplier condition, String what) throws InterruptedException {
            long deadline = System.nanoTime() + PHASE_TIMEOUT.toNanos();
            while (!condition.getAsBoolean()) {
                assertFalse(tokens.isEmpty(), "tokens ran out while waiting for " + what);
                assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
                Thread.sleep(10);
            }
        }

        private boolean submit(String token) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.getURL()
                                + "/api/v1/responses")).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"," + ANSWERS + "}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    acknowledged.add(token);
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                // the service unreachable or too slow counts as a failed submission
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop = true;
            }
            return false;
        }

        private void pause() {
            try {
                Thread.sleep(FAILURE_BACKOFF.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop = true;
            }
        }
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
