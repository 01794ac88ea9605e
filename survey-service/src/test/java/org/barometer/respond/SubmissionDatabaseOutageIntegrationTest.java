package org.barometer.respond;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.EmlOutbox;
import org.barometer.testing.Jdbc;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
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
 * service acknowledged with 201 is stored afterwards, whole, every one it refused was refused with
 * 503 and a Retry-After and, sent again, is stored exactly once, and the service answers again
 * without a restart. The
 * test prints the counts. While the database is away, the form says so in the respondent's language
 * and keeps the answers for a second try, and a link opened says, in the browser's language, to come back later.
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

        long storedBeforeRetries = stored(waveId);
        System.out.printf("Database cut during the load: %d answers acknowledged (%d before the cut, %d after it "
                + "came back), %d failed while it was away (%d in all), %d stored%n", after, before, after - atRecovery,
                failedDuringCut, load.failed.get(), storedBeforeRetries);
        assertTrue(failedDuringCut > 0, "the cut was felt by the load");
        assertEquals(Set.of("503 Retry-After 60"), Set.copyOf(load.failures),
                "every submission the cut made fail was refused as unavailable, none with a 500");
        // A 503 is "not confirmed": a commit already sent when the connection dropped may have gone
        // through. Sending the same answer again then tells the respondent which: 201, it is stored
        // now; 409, it had been after all. Either way it is stored exactly once.
        int inDoubt = 0;
        for (String token : load.refused) {
            long storedAfterAll = respondedWith(token);
            int again = load.submit(token);
            assertEquals(storedAfterAll == 0 ? 201 : 409, again, "a refused answer sent again");
            assertEquals(1, respondedWith(token), "an answer refused with 503, then sent again, is stored once");
            inDoubt += (int) storedAfterAll;
        }
        System.out.printf("%d answers refused with 503, %d of them stored after all (commit in flight at the cut)%n",
                load.refused.size(), inDoubt);
        long stored = stored(waveId);
        assertEquals(storedBeforeRetries + load.refused.size() - inDoubt, stored);
        assertTrue(after >= atRecovery + RECOVERED, "answers were acknowledged again after the database came back");
        for (String token : load.acknowledged) {
            assertEquals(1, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM invitation_token t JOIN invitation i "
                    + "ON i.id = t.invitation_id WHERE i.responded AND t.token_hash = '" + sha256(token) + "'"));
        }
        assertEquals(stored, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM invitation WHERE responded"));
        assertTrue(stored >= after + load.refused.size(), "every acknowledged answer is stored, and every retried one");
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM response r WHERE "
                + "(SELECT COUNT(*) FROM response_answer a WHERE a.response_id = r.id) <> 6"), "no partial answer");
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM ballot WHERE answers NOT LIKE '%;%;%;%;%;%'"),
                "no partial answer waiting");
    }

    @Test
    void whileTheDatabaseIsAwayAnAnswerIsRefusedWith503SaysSoAndIsNotStored() throws Exception {
        api.importCsv(Staff.team("Sales", 6), false);
        String waveId = api.openedWave("2026-Q4", 5);
        api.awaitDelivered(waveId, Duration.ofSeconds(120));
        var tokens = List.copyOf(EmlOutbox.tokensByRecipient(Path.of(property("barometer.mail.dir"))).values());
        String byApi = tokens.get(0);
        String byForm = tokens.get(1);
        String form = "lang=fr&q.stress=4&q.clarity=2&q.interruptions=5&q.autonomy=3&q.workload=4&q.support=1"
                + "&comment=" + URLEncoder.encode("Trop de réunions <le mardi>", StandardCharsets.UTF_8);
        HttpResponse<String> json;
        HttpResponse<String> page;
        HttpResponse<String> link;
        HttpResponse<String> englishLink;
        HttpResponse<String> hr;
        // An account whose token was never checked yet, so its first check needs the database.
        api.retrieve(io.micronaut.http.HttpRequest.POST("/api/v1/users",
                Map.of("email", "hr@test.example", "role", "HR", "password", "a long enough password")));
        String bearer = BarometerApi.at(server.getURL(), "hr@test.example", "a long enough password").login();
        TestDatabase.acceptConnections(getProperties(), false);
        try {
            json = send(post("/api/v1/responses", "application/json", "{\"token\":\"" + byApi + "\"," + ANSWERS + "}"));
            page = send(post("/s/" + byForm, "application/x-www-form-urlencoded", form).header("Accept", "text/html"));
            link = send(HttpRequest.newBuilder(URI.create(server.getURL() + "/s/" + byForm)).header("Accept", "text/html")
                    .header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.8"));
            englishLink = send(HttpRequest.newBuilder(URI.create(server.getURL() + "/s/" + byApi))
                    .header("Accept", "text/html").header("Accept-Language", "en-GB,en;q=0.9"));
            // Signed-in requests look their account up first (org.barometer.access.CurrentAccountClaims).
            hr = send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/waves"))
                    .header("Authorization", "Bearer " + bearer));
        } finally {
            TestDatabase.acceptConnections(getProperties(), true);
        }

        assertEquals(503, json.statusCode(), json.body());
        assertEquals("60", json.headers().firstValue("Retry-After").orElse(""));
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json.body().contains("could not be confirmed") && json.body().contains("n’a pas pu être confirmée"), json.body());

        assertEquals(503, page.statusCode(), page.body());
        assertEquals("60", page.headers().firstValue("Retry-After").orElse(""));
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<html lang=\"fr\"") && page.body().contains("n’a pas pu être confirmé"), page.body());
        assertTrue(page.body().contains("name=\"q.stress\" value=\"4\"")
                && page.body().contains("value=\"Trop de réunions &lt;le mardi&gt;\""), "the answers are kept to send again");

        // Opening a link: the invitation's language is in the database, so the browser's is used.
        assertEquals(503, link.statusCode(), link.body());
        assertEquals("60", link.headers().firstValue("Retry-After").orElse(""));
        assertTrue(link.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(link.body().contains("<html lang=\"fr\"") && link.body().contains("Questionnaire momentanément indisponible")
                && link.body().contains("Rien n’est perdu\u00a0: votre lien reste valable")
                && link.body().contains("Rouvrez votre lien dans quelques minutes."), link.body());
        assertFalse(link.body().contains("unavailable"), "in French only: " + link.body());
        assertEquals(503, englishLink.statusCode(), englishLink.body());
        assertEquals("60", englishLink.headers().firstValue("Retry-After").orElse(""));
        assertTrue(englishLink.body().contains("<html lang=\"en\"") && englishLink.body().contains("Survey temporarily unavailable")
                && englishLink.body().contains("Nothing was lost: your link still works")
                && englishLink.body().contains("Please open your link again in a few minutes."), englishLink.body());
        assertFalse(englishLink.body().contains("indisponible"), "in English only: " + englishLink.body());

        assertEquals(503, hr.statusCode(), hr.body());
        assertEquals("60", hr.headers().firstValue("Retry-After").orElse(""));

        assertEquals(0, Jdbc.answersStored(getProperties()), "nothing stored");
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM invitation WHERE responded"), "no link used up");
        // Sending the kept answers again once the database is back stores them.
        assertEquals(303, untilAvailable(post("/s/" + byForm, "application/x-www-form-urlencoded", form)).statusCode());
        assertEquals(201, untilAvailable(post("/api/v1/responses", "application/json",
                "{\"token\":\"" + byApi + "\"," + ANSWERS + "}")).statusCode());
        assertEquals(2, stored(waveId));
    }

    /** The wave's answers stored, waiting in the ballot box or released. */
    private long stored(String waveId) {
        return Jdbc.count(getProperties(), "SELECT (SELECT COUNT(*) FROM ballot WHERE wave_id = '" + waveId + "') "
                + "+ (SELECT COUNT(*) FROM response WHERE wave_id = '" + waveId + "')");
    }

    private HttpRequest.Builder post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Right after the database is back the pool may still hand out a connection it lost: a client retries a 503. */
    private HttpResponse<String> untilAvailable(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = send(request);
        for (int attempt = 1; response.statusCode() == 503 && attempt < 10; attempt++) {
            Thread.sleep(FAILURE_BACKOFF.toMillis());
            response = send(request);
        }
        return response;
    }

    /** Clients submitting one invitation token each until told to stop, counting what came back. */
    private final class Load {
        final Queue<String> tokens;
        final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        final AtomicInteger failed = new AtomicInteger();
        /** Every failed submission's status (0 when no answer came), and whether a 503 said when to retry. */
        final Queue<String> failures = new ConcurrentLinkedQueue<>();
        final Queue<String> refused = new ConcurrentLinkedQueue<>();
        volatile boolean stop;

        Load(Collection<String> tokens) {
            this.tokens = new ConcurrentLinkedQueue<>(tokens);
        }

        void submitUntilStopped() {
            for (String token = tokens.poll(); !stop && token != null; token = tokens.poll()) {
                if (!submitOnce(token)) {
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

        /** The same answer sent once more, after the load: its status. */
        int submit(String token) throws IOException, InterruptedException {
            return post(token).statusCode();
        }

        private HttpResponse<String> post(String token) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/responses"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"," + ANSWERS + "}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }

        private boolean submitOnce(String token) {
            try {
                HttpResponse<String> response = post(token);
                if (response.statusCode() == 201) {
                    acknowledged.add(token);
                    return true;
                }
                failures.add(response.statusCode() + response.headers().firstValue("Retry-After")
                        .map(seconds -> " Retry-After " + seconds).orElse(""));
                if (response.statusCode() == 503) {
                    refused.add(token);
                }
                return false;
            } catch (IOException | RuntimeException e) {
                // the service unreachable or too slow counts as a failed submission
                failures.add("0 " + e);
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

    /** 1 if the invitation of this token is answered, else 0. */
    private long respondedWith(String token) throws Exception {
        return Jdbc.count(getProperties(), "SELECT COUNT(*) FROM invitation_token t JOIN invitation i "
                + "ON i.id = t.invitation_id WHERE i.responded AND t.token_hash = '" + sha256(token) + "'");
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
