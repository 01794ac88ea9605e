package org.barometer.delivery;

import com.icegreen.greenmail.util.GreenMail;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.barometer.testing.Jdbc;
import org.barometer.testing.MovableClock;
import org.barometer.testing.MovableClockFactory;
import org.barometer.testing.ReceivedEmail;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service's PostgreSQL database goes away for a few seconds — it refuses new connections and
 * drops the open ones (the shared server itself keeps running) — while a wave is due to open,
 * while its invitations are being sent, and while its reminder round is due. The scheduler and
 * the sender carry on by themselves once the database is back: nobody is missed, no restart.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryDatabaseOutageIntegrationTest extends ServiceTest {

    private static final int STAFF = 40;
    private static final int SENDERS = 4;
    private static final Instant Q1_OPENS = Instant.parse("2027-01-04T08:00:00Z");
    private static final Duration OUTAGE = Duration.ofSeconds(4);
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Inject
    MovableClock clock;

    private final int port = RefusingGreenMail.freePort();
    private final GreenMail smtp = new RefusingGreenMail(port);

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }

    @Override
    protected Map<String, String> extraProperties() {
        smtp.start();
        Map<String, String> properties = new HashMap<>(RefusingGreenMail.smtpProperties(port));
        properties.put(MovableClockFactory.PROPERTY, "true");
        properties.put("barometer.schedule.check-interval", "200ms");
        properties.put("barometer.mail.rate-per-second", "10");
        properties.put("barometer.mail.senders", String.valueOf(SENDERS));
        // A batch cut short by the outage is taken again once its lease runs out.
        properties.put("barometer.mail.lease", "3s");
        // A request for a connection gives up after 2 s instead of 30, so each round fails fast while the database is away.
        properties.put("datasources.default.connection-timeout", "2000");
        return properties;
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void theSchedulerAndTheSenderRecoverOnTheirOwnWhenTheDatabaseComesBack() throws Exception {
        clock.jumpTo(Instant.parse("2026-12-01T10:00:00Z"));
        api.importCsv(Staff.team("Sales", STAFF), false);
        String program = (String) api.retrieve(HttpRequest.POST("/api/v1/programs", Map.of("name", "Barometer",
                "reminderDays", List.of(5), "anonymityThreshold", 3))).get("id");

        away(() -> clock.jumpTo(Q1_OPENS));
        await("the wave opened", () -> count("SELECT COUNT(*) FROM wave WHERE status = 'OPEN'") == 1);
        await("some invitations sent", () -> count("SELECT COUNT(*) FROM outbox_message WHERE state = 'SENT'") >= 10);
        away(() -> { });
        await("every invitation sent", () -> count("SELECT COUNT(*) FROM outbox_message WHERE state = 'SENT'") == STAFF);
        Map<String, Long> invitations = receivedAndPurge();

        away(() -> clock.jumpTo(Q1_OPENS.plus(Duration.ofDays(5))));
        await("every reminder sent", () -> count("SELECT COUNT(*) FROM outbox_message WHERE kind = 'REMINDER' "
                + "AND state = 'SENT'") == STAFF);
        Map<String, Long> reminders = receivedAndPurge();

        Set<String> everyone = IntStream.rangeClosed(1, STAFF).mapToObj(i -> "sales-" + i + "@example.com")
                .collect(Collectors.toSet());
        System.out.printf("Database away three times for %d s: %d invitations and %d reminders received for %d people%n",
                OUTAGE.toSeconds(), total(invitations), total(reminders), STAFF);
        assertEquals(everyone, invitations.keySet(), "every invitation");
        // A worker whose email the server took just as its connection dropped could not mark it sent: it goes again.
        assertTrue(total(invitations) - STAFF <= SENDERS, "at most one repeat per delivery worker: " + invitations);
        assertEquals(everyone, reminders.keySet(), "every reminder");
        assertEquals(STAFF, total(reminders), "each reminder once");
        assertEquals(1, count("SELECT COUNT(*) FROM wave WHERE program_id = '" + program + "'"), "one wave");
    }

    /** Runs {@code meanwhile} while the database refuses and drops connections for {@link #OUTAGE}. */
    private void away(Runnable meanwhile) throws InterruptedException {
        TestDatabase.acceptConnections(getProperties(), false);
        try {
            meanwhile.run();
            Thread.sleep(OUTAGE.toMillis());
        } finally {
            TestDatabase.acceptConnections(getProperties(), true);
        }
    }

    private Map<String, Long> receivedAndPurge() throws Exception {
        Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages()).map(ReceivedEmail::of)
                .collect(Collectors.groupingBy(ReceivedEmail::recipient, Collectors.counting()));
        smtp.purgeEmailFromAllMailboxes();
        return received;
    }

    private static long total(Map<String, Long> received) {
        return received.values().stream().mapToLong(Long::longValue).sum();
    }

    private long count(String sql) {
        return Jdbc.count(getProperties(), sql);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not reached within " + WAIT + ": " + what);
            }
            Thread.sleep(100);
        }
    }
}
