package org.barometer.delivery;

import com.icegreen.greenmail.util.GreenMail;
import io.micronaut.runtime.server.EmbeddedServer;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.ReceivedEmail;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.Staff;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.micronaut.context.ApplicationContext.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two service instances on one PostgreSQL database, both sending, one wave of 2 000 invitees:
 * the row locks of the outbox claim ({@code FOR UPDATE SKIP LOCKED}) give each email to one
 * instance, so every employee receives exactly one invitation.
 */
class TwoInstanceDeliveryIntegrationTest {

    private static final int INVITEES = 2_000;

    private final List<EmbeddedServer> instances = new ArrayList<>();
    private GreenMail smtp;

    @AfterEach
    void stop() {
        instances.forEach(EmbeddedServer::close);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void everyEmployeeReceivesExactlyOneInvitation() {
        int port = RefusingGreenMail.freePort();
        smtp = new RefusingGreenMail(port);
        smtp.start();
        Map<String, Object> properties = new HashMap<>(ServiceProperties.on(TestDatabase.POSTGRES));
        properties.putAll(RefusingGreenMail.smtpProperties(port));
        properties.put("barometer.mail.rate-per-second", "0");
        properties.put("barometer.mail.batch-size", "50");
        properties.put("barometer.mail.poll-interval", "100ms");
        // One after the other: the first migrates the new database, the second finds it ready.
        instances.add(run(EmbeddedServer.class, properties));
        instances.add(run(EmbeddedServer.class, properties));
        BarometerApi first = BarometerApi.at(instances.get(0).getURL());
        BarometerApi second = BarometerApi.at(instances.get(1).getURL());

        first.importCsv(Staff.team("Crowd", INVITEES), false);
        long start = System.nanoTime();
        String wave = second.openedWave("2026-Q4", 5);
        Map<String, Object> delivered = first.awaitDelivered(wave, Duration.ofSeconds(120));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages()).map(ReceivedEmail::of)
                .collect(Collectors.groupingBy(ReceivedEmail::recipient, Collectors.counting()));
        Set<String> expected = IntStream.rangeClosed(1, INVITEES).mapToObj(i -> "crowd-" + i + "@example.com")
                .collect(Collectors.toSet());
        long duplicates = received.values().stream().mapToLong(n -> n - 1).sum();
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(received.keySet());
        System.out.printf("Two instances, %d invitees: %d emails received, %d duplicates, %d missing, %d ms%n",
                INVITEES, received.values().stream().mapToLong(Long::longValue).sum(), duplicates, missing.size(),
                took.toMillis());

        assertEquals(Set.of(), missing, "missing");
        assertEquals(Map.of(), received.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "duplicates");
        assertEquals(expected, received.keySet(), "no one else");
        assertEquals(Map.of("pending", 0, "sent", INVITEES, "failed", 0), delivered.get("emails"), "wave: " + delivered);
    }
}
