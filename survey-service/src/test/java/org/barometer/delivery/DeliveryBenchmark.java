package org.barometer.delivery;

import com.icegreen.greenmail.util.GreenMail;
import io.micronaut.context.ApplicationContext;
import org.barometer.directory.EmployeeImporter;
import org.barometer.survey.DeliveryProgress;
import org.barometer.survey.WaveService;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.Staff;
import org.barometer.testing.TestDatabase;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Times 10 000 invitations from the opening of a wave until the last one is in the mailbox of a
 * local SMTP server (GreenMail, in this JVM), with throttling off, on PostgreSQL (a fresh database
 * on the server named by BAROMETER_TEST_POSTGRES_URL). One instance, default batch size. Not a
 * test: surefire never runs it. Goal: at most 60 s. Run with
 * <pre>
 * BAROMETER_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/postgres \
 *   ./mvnw -q -B -pl survey-service test-compile exec:exec \
 *   -Dexec.mainClass=org.barometer.delivery.DeliveryBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class DeliveryBenchmark {

    private static final int INVITEES = 10_000;

    private DeliveryBenchmark() {
    }

    public static void main(String[] args) {
        int port = RefusingGreenMail.freePort();
        GreenMail smtp = new GreenMail(new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1", "smtp"));
        smtp.start();
        Map<String, Object> properties = new HashMap<>(ServiceProperties.on(TestDatabase.POSTGRES));
        properties.putAll(RefusingGreenMail.smtpProperties(port));
        properties.put("barometer.mail.rate-per-second", "0");
        properties.put("barometer.mail.poll-interval", "100ms");
        properties.put("barometer.public-url", "http://localhost:8080");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            context.getBean(EmployeeImporter.class).importCsv(Staff.team("Crowd", INVITEES), false);
            WaveService waves = context.getBean(WaveService.class);
            DeliveryProgress progress = context.getBean(DeliveryProgress.class);
            UUID wave = waves.create("2026-Q4", null, Instant.now().plus(Duration.ofDays(14)), 5).id();

            long start = System.nanoTime();
            waves.open(wave);
            long opened = System.nanoTime();
            DeliveryProgress.EmailCounts counts;
            do {
                sleep();
                counts = progress.countsFor(wave);
            } while (counts.pending() > 0);
            long done = System.nanoTime();

            double seconds = (done - start) / 1e9;
            System.out.printf("%n%d invitations: opening (invitations + outbox) %d ms, delivered in %.1f s from the "
                            + "opening, %.0f emails/s; %d sent, %d failed, %d in the SMTP server's mailboxes%n",
                    INVITEES, (opened - start) / 1_000_000, seconds, INVITEES / seconds, counts.sent(), counts.failed(),
                    smtp.getReceivedMessages().length);
        } finally {
            smtp.stop();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
