package org.barometer.tally;

import io.micronaut.runtime.server.EmbeddedServer;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.Respondents;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.Staff;
import org.barometer.testing.StoredAnswers;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import static io.micronaut.context.ApplicationContext.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two service instances on one PostgreSQL database release the same wave's ballot box at the same
 * time, while answers arrive at both and one of them closes the wave: each answer acknowledged is
 * released exactly once, and no release — of either instance — wrote fewer than k answers (the
 * ballots are taken FOR UPDATE SKIP LOCKED, and a release gives up when fewer than k are free).
 * Besides their own schedules, two threads per instance ask for a release every few milliseconds,
 * so that releases do meet; the test prints how many ballots each instance released.
 */
class TwoInstanceReleaseIntegrationTest {

    private static final int K = 5;
    private static final int PEOPLE = 600;
    private static final int CLIENTS = 6;
    private static final int ANSWERS = 350;
    private static final int RELEASERS_PER_INSTANCE = 2;

    private final List<EmbeddedServer> instances = new ArrayList<>();
    private final List<Thread> releasers = new ArrayList<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private volatile boolean stop;

    @AfterEach
    void stop() throws InterruptedException {
        stop = true;
        for (Thread releaser : releasers) {
            releaser.join(30_000);
        }
        instances.forEach(EmbeddedServer::close);
    }

    @Test
    void twoInstancesReleasingTheSameWaveReleaseEachAnswerOnceInBatchesOfAtLeastK() throws Exception {
        Map<String, Object> properties = new HashMap<>(ServiceProperties.on(TestDatabase.POSTGRES));
        properties.putAll(Map.of("barometer.rate-limit.requests", "0", "barometer.mail.rate-per-second", "0",
                "barometer.mail.batch-size", "300", "barometer.ballot-box.release-interval", "50ms"));
        // One after the other: the first migrates the new database, the second finds it ready.
        instances.add(run(EmbeddedServer.class, properties));
        instances.add(run(EmbeddedServer.class, properties));
        Map<String, String> database = new HashMap<>();
        properties.forEach((k, v) -> database.put(k, String.valueOf(v)));
        BarometerApi first = BarometerApi.at(instances.get(0).getURL());
        first.importCsv(Staff.team("Crowd", PEOPLE), false);
        String wave = first.openedWave("2026-Q4", K);
        first.awaitDelivered(wave, Duration.ofSeconds(60));
        Respondents respondents = Respondents.of(Path.of(database.get("barometer.mail.dir")));
        StoredAnswers stored = new StoredAnswers(database, wave);

        List<AtomicLong> released = new ArrayList<>();
        for (EmbeddedServer instance : instances) {
            AtomicLong ballots = new AtomicLong();
            released.add(ballots);
            BallotBox box = instance.getApplicationContext().getBean(BallotBox.class);
            for (int i = 0; i < RELEASERS_PER_INSTANCE; i++) {
                Thread releaser = new Thread(() -> releaseUntilStopped(box, UUID.fromString(wave), ballots));
                releaser.start();
                releasers.add(releaser);
            }
        }
        Respondents.Load load = respondents.load(instances.stream().map(EmbeddedServer::getURL).toList(), CLIENTS);
        load.awaitAcknowledged(ANSWERS);
        load.stop();
        respondents.settle(instances.get(1).getURL());
        stored.assertLinksUsed(respondents.stored());
        stored.assertNoBatchUnder(K);
        var beforeClosing = stored.batches().keySet();
        System.out.printf("Two instances: %d answers acknowledged; released by the test's threads: %d by the first, "
                        + "%d by the second (and more by their schedules); %d releases before the closing, %d ballots waiting%n",
                respondents.acknowledged(), released.get(0).get(), released.get(1).get(), beforeClosing.size(),
                stored.waiting());

        // Closed by the second while the threads of both keep asking for releases.
        BarometerApi.at(instances.get(1).getURL()).closeWave(wave);

        assertEquals(List.of(), List.copyOf(failures), "releases that failed");
        assertEquals(0, stored.waiting(), "the closing released what waited");
        stored.assertExactlyOnce(respondents.stored());
        stored.assertNoBatchUnder(K, beforeClosing);
    }

    private void releaseUntilStopped(BallotBox box, UUID wave, AtomicLong ballots) {
        while (!stop) {
            try {
                ballots.addAndGet(box.releaseIfReady(wave).ballots());
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                failures.add(e.toString());
            }
        }
    }
}
