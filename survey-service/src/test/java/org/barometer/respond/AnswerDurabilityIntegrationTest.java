package org.barometer.respond;

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
import java.util.Map;

/**
 * An answer acknowledged with 201 is on disk: the service, a separate JVM, is killed with SIGKILL
 * the moment the last of a burst of answers is acknowledged (nothing it holds in memory survives),
 * then started again on the same database, which must hold every acknowledged answer exactly once
 * and nothing else. Two rounds of answers from four clients at once, each ended by a kill. The
 * test prints what each restart found.
 */
abstract class AnswerDurabilityIntegrationTest {

    private static final int PEOPLE = 150;
    private static final int ROUNDS = 2;
    private static final int ANSWERS = 40;
    private static final int CLIENTS = 4;
    private static final int K = 5;

    /** The database the service writes to, the same through every restart. */
    abstract DiskDatabase database();

    @Test
    void everyAcknowledgedAnswerSurvivesAKillRightAfterIts201() {
        Map<String, String> properties = new HashMap<>(database().serviceProperties());
        properties.putAll(Map.of("barometer.rate-limit.requests", "0", "barometer.mail.rate-per-second", "0",
                "barometer.mail.batch-size", "200"));
        try (ServiceProcesses processes = new ServiceProcesses(properties)) {
            ServiceProcess service = processes.start(Map.of());
            BarometerApi api = BarometerApi.at(service.url());
            api.importCsv(Staff.team("Crowd", PEOPLE), false);
            String wave = api.openedWave("2026-Q4", K);
            api.awaitDelivered(wave, Duration.ofSeconds(60));
            Respondents respondents = Respondents.of(Path.of(properties.get("barometer.mail.dir")));
            StoredAnswers stored = new StoredAnswers(properties, wave);

            for (int round = 1; round <= ROUNDS; round++) {
                long start = System.nanoTime();
                respondents.answer(service.url(), ANSWERS, CLIENTS);
                long took = (System.nanoTime() - start) / 1_000_000;
                processes.kill(service);
                service = processes.start(Map.of());
                System.out.printf("%s, round %d: %d answers acknowledged in %d ms (%d clients), killed at the last 201; "
                        + "after the restart: %s%n", database(), round, ANSWERS, took, CLIENTS,
                        stored.against(respondents.stored()));
            }
            stored.assertExactlyOnce(respondents.stored());
        }
    }
}
