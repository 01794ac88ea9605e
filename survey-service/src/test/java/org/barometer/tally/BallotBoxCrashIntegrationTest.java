package org.barometer.tally;

import org.barometer.testing.BarometerApi;
import org.barometer.testing.DiskDatabase;
import org.barometer.testing.Respondents;
import org.barometer.testing.ServiceProcess;
import org.barometer.testing.ServiceProcesses;
import org.barometer.testing.Staff;
import org.barometer.testing.StoredAnswers;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Exactly once through crashes between the two steps of an answer — dropped into the ballot box,
 * released into the response tables. The service, a separate JVM, is killed with SIGKILL first
 * while acknowledged answers wait in the box (it releases once an hour), then twice more while
 * answers arrive (see {@link #releasesUnderLoad()}); each time it is started again on the same
 * database, last with releases every 100 ms. Every acknowledged answer is released exactly once,
 * and nothing else is: checked at each restart, then once the wave is closed. Answers sent when a
 * kill came (no reply) are sent again, as their respondents would, and count once too.
 */
abstract class BallotBoxCrashIntegrationTest {

    static final int K = 5;
    static final Map<String, String> RELEASE_HOURLY = Map.of("barometer.ballot-box.release-interval", "1h");
    static final Map<String, String> RELEASE_OFTEN = Map.of("barometer.ballot-box.release-interval", "100ms");
    private static final int PEOPLE = 500;
    private static final int WAITING = 3 * K + 2;
    private static final int CLIENTS = 4;
    private static final int KILLS_UNDER_LOAD = 2;
    /** Answers acknowledged in each life before the moment of the kill is chosen: the load is under way. */
    private static final int PER_LIFE = 30;

    abstract DiskDatabase database();

    /** How often the box is released in the lives killed under load: every 100 ms, unless the database cannot take it. */
    Map<String, String> releasesUnderLoad() {
        return RELEASE_OFTEN;
    }

    /** Waits for a moment to kill the service at, while answers arrive; says what the moment was. */
    String awaitMomentToKill(Map<String, String> properties, Random random) throws InterruptedException {
        int ms = random.nextInt(400);
        Thread.sleep(ms);
        return ms + " ms after the load was under way";
    }

    /** Checks that concern one database only, on what is stored now. */
    void assertBatches(StoredAnswers stored) {
    }

    @Test
    void everyAcknowledgedAnswerIsReleasedExactlyOnceThroughKillsBeforeAndDuringReleases() throws Exception {
        Map<String, String> properties = new HashMap<>(database().serviceProperties());
        properties.putAll(Map.of("barometer.rate-limit.requests", "0", "barometer.mail.rate-per-second", "0",
                "barometer.mail.batch-size", "250"));
        long seed = System.nanoTime();
        Random random = new Random(seed);
        try (ServiceProcesses processes = new ServiceProcesses(properties)) {
            ServiceProcess service = processes.start(RELEASE_HOURLY);
            BarometerApi api = BarometerApi.at(service.url());
            api.importCsv(Staff.team("Crowd", PEOPLE), false);
            String wave = api.openedWave("2026-Q4", K);
            api.awaitDelivered(wave, Duration.ofSeconds(60));
            Respondents respondents = Respondents.of(Path.of(properties.get("barometer.mail.dir")));
            StoredAnswers stored = new StoredAnswers(properties, wave);

            respondents.answer(service.url(), WAITING, CLIENTS);
            assertEquals(WAITING, stored.waiting(), "acknowledged, waiting in the box");
            processes.kill(service);

            for (int kill = 1; kill <= KILLS_UNDER_LOAD; kill++) {
                service = processes.start(releasesUnderLoad());
                if (kill == 1 && releasesUnderLoad().equals(RELEASE_OFTEN)) {
                    stored.awaitReleased(K, service);
                    assertEquals(WAITING, stored.released(), "the answers waiting at the kill, released once restarted");
                }
                stored.assertConsistent(respondents.stored(), respondents.sent());
                Respondents.Load load = respondents.load(List.of(service.url()), CLIENTS);
                load.awaitAcknowledged(respondents.acknowledged() + PER_LIFE);
                String moment = awaitMomentToKill(properties, random);
                load.stopSending();
                processes.kill(service);
                load.stop();
                System.out.printf("%s: killed %s; %d answers acknowledged so far, %d sent without a reply%n", database(),
                        moment, respondents.acknowledged(), respondents.inDoubt());
            }
            service = processes.start(RELEASE_OFTEN);
            stored.awaitReleased(K, service);
            stored.assertConsistent(respondents.stored(), respondents.sent());
            assertBatches(stored);
            respondents.settle(service.url());
            stored.assertLinksUsed(respondents.stored());
            StoredAnswers.Difference open = stored.against(respondents.stored());
            BarometerApi.at(service.url()).closeWave(wave);

            System.out.printf("%s (random seed %d): before closing %s; after closing: %d released, %d waiting%n",
                    database(), seed, open, stored.released(), stored.waiting());
            assertEquals(0, stored.waiting(), "the closing released what waited");
            stored.assertExactlyOnce(respondents.stored());
        }
    }
}
