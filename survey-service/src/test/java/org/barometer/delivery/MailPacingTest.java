package org.barometer.delivery;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pacing of one delivery round, and the batch a throttled instance may claim. */
class MailPacingTest {

    @Test
    void elevenTurnsAtTwentyPerSecondTakeAtLeastHalfASecond() {
        MailPacer pacer = MailPacer.perSecond(20);
        long start = System.nanoTime();
        for (int i = 0; i < 11; i++) {
            pacer.awaitTurn();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // The first turn is immediate, the ten others 50 ms apart; a lower bound only, the machine may be slow.
        assertTrue(took.toMillis() >= 450, "took " + took);
    }

    @Test
    void aRateOfZeroNeverWaits() {
        MailPacer pacer = MailPacer.perSecond(0);
        long start = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            pacer.awaitTurn();
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1_000);
    }

    @ParameterizedTest(name = "batch {0}, {1}/s, lease {2} s -> claims {3}")
    @CsvSource({
            "50, 0, 120, 50",    // unthrottled: the configured batch
            "50, 20, 120, 50",   // 20/s sends 1 200 in half the lease: the batch is the limit
            "50, 0.5, 120, 30",  // 0.5/s sends 30 in half the lease: more would outlive the lease
            "50, 0.001, 120, 1", // never less than one
    })
    void aThrottledBatchFitsInHalfTheLease(int batchSize, double rate, long leaseSeconds, int expected) {
        MailSettings settings = new MailSettings("from@test", "dir", batchSize, 8, Duration.ofSeconds(leaseSeconds),
                Duration.ofSeconds(30), "UTC", rate, 1);
        assertEquals(expected, settings.claimSize());
    }
}
