package org.barometer.tally;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.Respondents;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.barometer.testing.StoredAnswers;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away while answers arrive and the ballot box is released every 100 ms — cut
 * as soon as a release is seen in progress, so that the cut most likely falls inside one — and
 * comes back, twice: every answer acknowledged, and every answer refused meanwhile and sent again,
 * is released exactly once, and no transaction wrote fewer than k of them, before and after the
 * wave is closed.
 * <p>
 * As in respond's SubmissionDatabaseOutageIntegrationTest, a restart of the shared PostgreSQL server
 * is stood for by this test's own database refusing connections and terminating its sessions.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BallotBoxDatabaseOutageIntegrationTest extends ServiceTest {

    private static final int K = 5;
    private static final int PEOPLE = 600;
    private static final int CLIENTS = 4;
    private static final int CUTS = 2;
    /** Answers acknowledged before each cut and after the database is back: the load is under way, then recovered. */
    private static final int BETWEEN_CUTS = 40;
    private static final Duration OUTAGE = Duration.ofSeconds(3);

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("barometer.rate-limit.requests", "0", "barometer.mail.rate-per-second", "0",
                "barometer.mail.batch-size", "300", "datasources.default.connection-timeout", "2000",
                "barometer.ballot-box.release-interval", "100ms");
    }

    @Test
    void answersReleasedWhileTheDatabaseGoesAwayAreReleasedExactlyOnceInBatchesOfAtLeastK() throws Exception {
        api.importCsv(Staff.team("Crowd", PEOPLE), false);
        String wave = api.openedWave("2026-Q4", K);
        api.awaitDelivered(wave, Duration.ofSeconds(60));
        Respondents respondents = Respondents.of(Path.of(property("barometer.mail.dir")));
        StoredAnswers stored = new StoredAnswers(getProperties(), wave);

        Respondents.Load load = respondents.load(List.of(server.getURL()), CLIENTS);
        int cutInRelease = 0;
        try {
            for (int cut = 1; cut <= CUTS; cut++) {
                load.awaitAcknowledged(respondents.acknowledged() + BETWEEN_CUTS);
                boolean inRelease = ReleaseWatch.awaitOpenRelease(getProperties(), Duration.ofSeconds(3));
                cutInRelease += inRelease ? 1 : 0;
                int failedBefore = respondents.inDoubt();
                TestDatabase.acceptConnections(getProperties(), false);
                try {
                    // Away until the answers have felt it, and for a few seconds at least.
                    long back = System.nanoTime() + OUTAGE.toNanos();
                    long deadline = back + Duration.ofSeconds(60).toNanos();
                    while (respondents.inDoubt() == failedBefore || System.nanoTime() < back) {
                        assertTrue(System.nanoTime() < deadline, "no answer failed while the database was away");
                        Thread.sleep(10);
                    }
                } finally {
                    TestDatabase.acceptConnections(getProperties(), true);
                }
            }
            load.awaitAcknowledged(respondents.acknowledged() + BETWEEN_CUTS);
        } finally {
            load.stop();
        }
        int refused = respondents.inDoubt();
        respondents.settle(server.getURL());
        stored.assertLinksUsed(respondents.stored());
        stored.assertNoBatchUnder(K);
        var beforeClosing = stored.batches().keySet();
        System.out.printf("Database cut %d times (%d of them right after a release was seen in progress): %d answers stored as far as their "
                        + "respondents know, %d of them refused or unanswered during a cut and sent again; %d releases, "
                        + "%d waiting before the closing%n", CUTS, cutInRelease, respondents.acknowledged(), refused,
                beforeClosing.size(), stored.waiting());

        api.closeWave(wave);

        assertEquals(0, stored.waiting(), "the closing released what waited");
        stored.assertExactlyOnce(respondents.stored());
        stored.assertNoBatchUnder(K, beforeClosing);
    }
}
