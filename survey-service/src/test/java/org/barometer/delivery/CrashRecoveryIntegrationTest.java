package org.barometer.delivery;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.icegreen.greenmail.util.GreenMail;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.Jdbc;
import org.barometer.testing.ReceivedEmail;
import org.barometer.testing.ServiceProcess;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.Staff;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real service JVM sending 2 000 invitations through GreenMail is killed with SIGKILL in the
 * middle of sending, then started again on the same PostgreSQL database. Each email is marked
 * sent right after the SMTP server takes it, and a claimed batch is leased: at most the batch in
 * flight at the kill goes out twice, and nobody is missed.
 */
class CrashRecoveryIntegrationTest {

    private static final int INVITEES = 2_000;
    private static final int BATCH = 50;
    private static final Duration START = Duration.ofSeconds(90);

    private GreenMail smtp;
    private ServiceProcess service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.kill();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aServiceKilledMidSendMissesNobodyAndResendsAtMostTheBatchInFlight() {
        // GreenMail logs one line per new mailbox: 2 000 lines of noise that cost this busy test time.
        ((Logger) LoggerFactory.getLogger("com.icegreen.greenmail")).setLevel(Level.WARN);
        int smtpPort = RefusingGreenMail.freePort();
        smtp = new RefusingGreenMail(smtpPort);
        smtp.start();
        Map<String, String> properties = new HashMap<>(ServiceProperties.on(TestDatabase.POSTGRES));
        properties.putAll(RefusingGreenMail.smtpProperties(smtpPort));
        properties.put("barometer.mail.rate-per-second", "0");
        properties.put("barometer.mail.batch-size", String.valueOf(BATCH));
        properties.put("barometer.mail.poll-interval", "100ms");
        // The batch in flight at the kill is taken again once its lease runs out: short, so the test stays short.
        properties.put("barometer.mail.lease", "5s");
        properties.remove("micronaut.server.port");

        service = ServiceProcess.start(properties, RefusingGreenMail.freePort(), START);
        BarometerApi api = BarometerApi.at(service.url());
        api.importCsv(Staff.team("Crowd", INVITEES), false);
        Instant start = Instant.now();
        String wave = api.openedWave("2026-Q4", 5);
        awaitCount(properties, "SELECT COUNT(*) FROM outbox_message WHERE state = 'SENT'", INVITEES / 5, service);
        service.kill();
        long sentAtKill = Jdbc.count(properties, "SELECT COUNT(*) FROM outbox_message WHERE state = 'SENT'");
        int receivedAtKill = smtp.getReceivedMessages().length;

        service = ServiceProcess.start(properties, RefusingGreenMail.freePort(), START);
        awaitCount(properties, "SELECT COUNT(*) FROM outbox_message WHERE state <> 'PENDING' AND wave_id = '" + wave + "'",
                INVITEES, service);
        Duration took = Duration.between(start, Instant.now());

        Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages()).map(ReceivedEmail::of)
                .collect(Collectors.groupingBy(ReceivedEmail::recipient, Collectors.counting()));
        Set<String> missing = IntStream.rangeClosed(1, INVITEES).mapToObj(i -> "crowd-" + i + "@example.com")
                .collect(Collectors.toCollection(HashSet::new));
        missing.removeAll(received.keySet());
        long duplicates = received.values().stream().mapToLong(n -> n - 1).sum();
        System.out.printf("Crash mid-send: killed after %d marked sent (%d received), restarted; %d invitees, "
                        + "%d emails received, %d missing, %d duplicates (limit: one batch of %d), %d ms in all%n",
                sentAtKill, receivedAtKill, INVITEES, received.values().stream().mapToLong(Long::longValue).sum(),
                missing.size(), duplicates, BATCH, took.toMillis());

        assertTrue(sentAtKill < INVITEES, "killed before the end: " + sentAtKill);
        assertEquals(Set.of(), missing, "missing");
        assertTrue(duplicates <= BATCH, duplicates + " duplicates");
        assertEquals(INVITEES, Jdbc.count(properties, "SELECT COUNT(*) FROM outbox_message WHERE state = 'SENT'"));
    }

    private static void awaitCount(Map<String, String> properties, String sql, long atLeast, ServiceProcess service) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Jdbc.count(properties, sql) < atLeast) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Fewer than " + atLeast + " for " + sql + ":\n" + service.logTail());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
