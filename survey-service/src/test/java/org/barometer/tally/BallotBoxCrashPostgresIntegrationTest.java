package org.barometer.tally;

import org.barometer.testing.DiskDatabase;
import org.barometer.testing.StoredAnswers;

import java.time.Duration;
import java.util.Map;
import java.util.Random;

/**
 * On PostgreSQL the kill can be aimed: the test watches the server's sessions and kills the service
 * while one of its release transactions is open (between its first and last statement), when it
 * sees one within a few seconds; otherwise at a random moment. Every release wrote at least k
 * answers ({@code xmin}, the id of the transaction that wrote a row, groups them).
 */
class BallotBoxCrashPostgresIntegrationTest extends BallotBoxCrashIntegrationTest {

    private static final Duration AIM = Duration.ofSeconds(3);

    @Override
    DiskDatabase database() {
        return DiskDatabase.POSTGRES;
    }

    @Override
    String awaitMomentToKill(Map<String, String> properties, Random random) throws InterruptedException {
        return ReleaseWatch.awaitOpenRelease(properties, AIM) ? "in the middle of a release (its transaction open)"
                : "(no release seen open within " + AIM.toSeconds() + " s) " + super.awaitMomentToKill(properties, random);
    }

    @Override
    void assertBatches(StoredAnswers stored) {
        stored.assertNoBatchUnder(K);
    }
}
