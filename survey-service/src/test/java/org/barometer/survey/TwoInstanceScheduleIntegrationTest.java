package org.barometer.survey;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.Jdbc;
import org.barometer.testing.MovableClock;
import org.barometer.testing.MovableClockFactory;
import org.barometer.testing.ReceivedEmail;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.Staff;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.micronaut.context.ApplicationContext.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two service instances on one PostgreSQL database, both running the scheduler every 100 ms: the
 * program's wave opens once, each invitee gets one invitation, and the reminder round reaches
 * each non-respondent once — the database, not the instances, decides who does the work.
 */
class TwoInstanceScheduleIntegrationTest {

    private static final int STAFF = 300;
    private static final int RESPONDENTS = 100;
    private static final Instant Q1_OPENS = Instant.parse("2027-01-04T08:00:00Z");

    private final List<EmbeddedServer> instances = new ArrayList<>();
    private GreenMail smtp;
    private Map<String, String> properties;
    /** The personal link token of the last email each recipient received. */
    private final Map<String, String> lastTokens = new HashMap<>();

    @AfterEach
    void stop() {
        instances.forEach(EmbeddedServer::close);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void oneWaveOneInvitationAndOneReminderPerPersonWhateverTheNumberOfInstances() throws Exception {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        properties = new HashMap<>(ServiceProperties.on(TestDatabase.POSTGRES));
        properties.put("javamail.properties.mail.smtp.host", "127.0.0.1");
        properties.put("javamail.properties.mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
        properties.put("barometer.mail.rate-per-second", "0");
        properties.put("barometer.mail.poll-interval", "100ms");
        properties.put("barometer.schedule.check-interval", "100ms");
        properties.put(MovableClockFactory.PROPERTY, "true");
        instances.add(run(EmbeddedServer.class, new HashMap<>(properties)));
        instances.add(run(EmbeddedServer.class, new HashMap<>(properties)));
        jumpTo(Instant.parse("2026-12-01T10:00:00Z"));
        BarometerApi api = BarometerApi.at(instances.get(0).getURL());
        api.importCsv(Staff.team("Crowd", STAFF), false);
        api.retrieve(HttpRequest.POST("/api/v1/programs", Map.of("name", "Barometer", "reminderDays", List.of(5))));

        jumpTo(Q1_OPENS);
        await(() -> count("SELECT COUNT(*) FROM outbox_message WHERE state = 'SENT'") == STAFF);
        Map<String, Long> invitations = receivedAndPurge();
        List<String> respondents = IntStream.rangeClosed(1, RESPONDENTS).mapToObj(TwoInstanceScheduleIntegrationTest::crowd).toList();
        answer(api, respondents, lastTokens);

        jumpTo(Q1_OPENS.plus(Duration.ofDays(5)));
        await(() -> count("SELECT COUNT(*) FROM outbox_message WHERE kind = 'REMINDER' AND state <> 'PENDING'")
                == STAFF - RESPONDENTS);
        Thread.sleep(1_000); // ten more scheduler rounds on each instance
        Map<String, Long> reminders = receivedAndPurge();

        assertEquals(1, count("SELECT COUNT(*) FROM wave"), "one wave");
        assertEquals(Map.of(1L, (long) STAFF), histogram(invitations), "one invitation each");
        assertEquals(Map.of(1L, (long) (STAFF - RESPONDENTS)), histogram(reminders), "one reminder each");
        assertEquals(List.of(), reminders.keySet().stream().filter(respondents::contains).toList(), "no respondent reminded");
    }

    private void jumpTo(Instant instant) {
        instances.forEach(i -> i.getApplicationContext().getBean(MovableClock.class).jumpTo(instant));
    }

    private Map<String, Long> receivedAndPurge() throws Exception {
        List<ReceivedEmail> emails = Arrays.stream(smtp.getReceivedMessages()).map(ReceivedEmail::of).toList();
        emails.forEach(e -> lastTokens.put(e.recipient(), e.token()));
        smtp.purgeEmailFromAllMailboxes();
        return emails.stream().collect(Collectors.groupingBy(ReceivedEmail::recipient, Collectors.counting()));
    }

    private static void answer(BarometerApi api, List<String> people, Map<String, String> tokens) {
        for (String person : people) {
            api.http().exchange(HttpRequest.POST("/api/v1/responses", "{\"token\":\"" + tokens.get(person)
                    + "\",\"answers\":{\"stress\":3,\"clarity\":4,\"interruptions\":2,\"autonomy\":4,\"workload\":3,"
                    + "\"support\":5}}").contentType("application/json"));
        }
    }

    private static Map<Long, Long> histogram(Map<String, Long> received) {
        return received.values().stream().collect(Collectors.groupingBy(n -> n, Collectors.counting()));
    }

    private static String crowd(int i) {
        return "crowd-" + i + "@example.com";
    }

    private long count(String sql) {
        return Jdbc.count(properties, sql);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not reached within 90 s");
            }
            Thread.sleep(100);
        }
    }
}
