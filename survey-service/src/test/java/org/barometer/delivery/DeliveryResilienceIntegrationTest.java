package org.barometer.delivery;

import com.icegreen.greenmail.util.GreenMail;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.Jdbc;
import org.barometer.testing.ReceivedEmail;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery through a real SMTP server that goes away, refuses an address, or sees people leave
 * and join while a wave is open; with the service on PostgreSQL, throttled to 10 emails a second.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryResilienceIntegrationTest extends ServiceTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final String DEPARTED = "employee no longer active";

    private final int port = RefusingGreenMail.freePort();
    private GreenMail smtp;

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(RefusingGreenMail.smtpProperties(port));
        properties.put("barometer.mail.rate-per-second", "10");
        // Short waits between attempts, so "later" comes within the test; 8 attempts span about a minute.
        properties.put("barometer.mail.retry-base", "250ms");
        return properties;
    }

    @BeforeEach
    void smtpUp() {
        startSmtp();
    }

    @AfterEach
    void smtpDown() {
        stopSmtp();
    }

    @AfterAll
    void stopAll() {
        stopSmtp();
    }

    @Test
    void emailsWaitWhileTheSmtpServerIsDownAndGoOutOnceWhenItReturns() {
        stopSmtp();
        api.importCsv(Staff.team("Support", 5), false);
        String wave = api.openedWave("2026-Q4", 3);

        awaitTrue(() -> count("SELECT COUNT(*) FROM outbox_message WHERE attempts >= 2") == 5,
                "every email was tried at least twice while the server was down");
        assertEquals(Map.of("pending", 5, "sent", 0, "failed", 0), emails(api.wave(wave)), "nothing lost, nothing given up");

        startSmtp();
        Map<String, Object> delivered = api.awaitDelivered(wave, DELIVERY);

        assertEquals(Map.of("pending", 0, "sent", 5, "failed", 0), emails(delivered), "wave: " + delivered);
        assertEquals(team("support", 5), recipients(), "each exactly once, none twice");
    }

    @Test
    void aRefusedAddressIsMarkedFailedAfterOneAttemptAndCounted() {
        api.importCsv(Staff.team("Sales", 3), false);
        api.importCsv(Staff.team("Nobody", 1), false);
        String wave = api.openedWave("2026-Q4", 3);

        Map<String, Object> delivered = api.awaitDelivered(wave, DELIVERY);

        assertEquals(Map.of("pending", 0, "sent", 3, "failed", 1), emails(delivered), "wave: " + delivered);
        assertEquals(team("sales", 3), recipients());
        assertEquals(1, count("SELECT COUNT(*) FROM outbox_message WHERE state = 'FAILED' AND attempts = 1 "
                + "AND last_error LIKE '%550%'"), "refused for good at the first answer, not retried");
    }

    /** The attributes an employee's answer to the wave would be stored with, as "name=value". */
    private List<String> profileOf(String email) {
        List<String> attributes = new ArrayList<>();
        try (var c = Jdbc.connect(getProperties()); var s = c.createStatement(); var r = s.executeQuery(
                "SELECT a.name, a.attr_value FROM wave_profile_attribute a JOIN invitation i ON i.profile_id = a.profile_id "
                        + "JOIN employee e ON e.id = i.employee_id WHERE e.email = '" + email + "' ORDER BY a.name")) {
            while (r.next()) {
                attributes.add(r.getString(1) + "=" + r.getString(2));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return attributes;
    }

    @Test
    void someoneWhoLeavesGetsNothingAndANewcomerIsInvitedOnce() {
        stopSmtp();
        api.importCsv(Staff.team("Ops", 5), false);
        String wave = api.openedWave("2026-Q4", 3);
        awaitTrue(() -> count("SELECT COUNT(*) FROM outbox_message WHERE last_error IS NOT NULL") == 5,
                "every email tried once");
        api.importCsv(Staff.team("Ops", 4), true);
        api.importCsv(Staff.team("Newcomers", 1), false);

        assertEquals(Map.of("invited", 1), inviteNew(wave), "the newcomer");
        assertEquals(Map.of("invited", 0), inviteNew(wave), "nobody new the second time");
        // The server comes back only once ops-5's email, retried after they left, has been dropped:
        // an email already claimed before they left may still go (at most one batch), which is not
        // what this test is about.
        awaitTrue(() -> count("SELECT COUNT(*) FROM outbox_message WHERE last_error = '" + DEPARTED + "'") == 1,
                "ops-5's email dropped");
        startSmtp();
        Map<String, Object> delivered = api.awaitDelivered(wave, DELIVERY);

        assertEquals(Map.of("pending", 0, "sent", 5, "failed", 1), emails(delivered), "wave: " + delivered);
        assertEquals(6L, ((Number) delivered.get("invited")).longValue());
        List<String> expected = new ArrayList<>(team("newcomers", 1));
        expected.addAll(team("ops", 4));
        assertEquals(expected, recipients(), "ops-5 left before the email went; the newcomer got one");
        // A team of one cannot be stored with its name: the newcomer joins the profile of the Ops
        // team, widened to what both share (the department), so that it still holds at least k people.
        assertEquals(List.of("department=Operations"), profileOf("newcomers-1@example.com"), "the newcomer's profile");
        assertEquals(List.of("department=Operations"), profileOf("ops-1@example.com"), "shared with the Ops team");
        assertEquals(6L, count("SELECT SUM(invited) FROM wave_profile WHERE wave_id = '" + wave + "'"),
                "the tally counts the newcomer as invited");

        api.closeWave(wave);
        assertEquals(409, BarometerApi.failure(() -> inviteNew(wave)).getStatus().getCode(), "a closed wave takes nobody new");
    }

    @Test
    void throttledSendingTakesAtLeastTheTimeTheRateAllows() {
        api.importCsv(Staff.team("Finance", 30), false);
        Instant start = Instant.now();
        String wave = api.openedWave("2026-Q4", 3);
        Map<String, Object> delivered = api.awaitDelivered(wave, DELIVERY);
        Duration took = Duration.between(start, Instant.now());

        assertEquals(Map.of("pending", 0, "sent", 30, "failed", 0), emails(delivered), "wave: " + delivered);
        // 30 emails at 10 per second: the first goes at once, the 29 others 100 ms apart (2.9 s).
        System.out.printf("Throttled delivery: 30 emails at 10/s took %d ms%n", took.toMillis());
        assertTrue(took.compareTo(Duration.ofMillis(2500)) >= 0, "30 emails at 10/s took only " + took);
    }

    private Map<String, Object> inviteNew(String wave) {
        return api.retrieve(HttpRequest.POST("/api/v1/waves/" + wave + "/invite-new", ""));
    }

    private void startSmtp() {
        if (smtp == null) {
            smtp = new RefusingGreenMail(port);
            smtp.start();
        }
    }

    private void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    private List<String> recipients() {
        return Arrays.stream(smtp.getReceivedMessages()).map(ReceivedEmail::of).map(ReceivedEmail::recipient).sorted()
                .toList();
    }

    private static List<String> team(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + "-" + i + "@example.com").sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> emails(Map<String, Object> wave) {
        return (Map<String, Object>) wave.get("emails");
    }

    private long count(String sql) {
        return Jdbc.count(getProperties(), sql);
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(DELIVERY);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not reached within " + DELIVERY + ": " + what);
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
