package org.barometer.survey;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Inject;
import org.barometer.testing.Jdbc;
import org.barometer.testing.MovableClock;
import org.barometer.testing.MovableClockFactory;
import org.barometer.testing.ReceivedEmail;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A program left to run on its own through a real SMTP server (GreenMail) while a movable clock
 * jumps through 2027: each quarter's wave opens, reminders reach exactly those who have not
 * answered on the planned days, and the wave closes.
 */
abstract class ProgramScheduleIntegrationTest extends ServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant Q1_OPENS = Instant.parse("2027-01-04T08:00:00Z"); // Monday 09:00 in Paris (UTC+1)
    private static final Instant Q2_OPENS = Instant.parse("2027-04-05T07:00:00Z"); // Monday 09:00 in Paris (UTC+2)
    private static final Instant Q3_OPENS = Instant.parse("2027-07-05T07:00:00Z");
    private static final String ANSWERS = "\"stress\":3,\"clarity\":4,\"interruptions\":2,\"autonomy\":4,\"workload\":3,\"support\":5";

    @Inject
    MovableClock clock;

    private GreenMail smtp;
    /** The personal link token of the last email each recipient received. */
    private final Map<String, String> lastTokens = new HashMap<>();

    @Override
    protected Map<String, String> extraProperties() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Map<String, String> properties = new HashMap<>();
        properties.put("javamail.properties.mail.smtp.host", "127.0.0.1");
        properties.put("javamail.properties.mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
        properties.put("barometer.mail.rate-per-second", "0");
        properties.put("barometer.schedule.check-interval", "200ms");
        properties.put("barometer.waves.close-check-interval", "200ms");
        properties.put(MovableClockFactory.PROPERTY, "true");
        return properties;
    }

    @BeforeEach
    void december2026() throws Exception {
        clock.jumpTo(Instant.parse("2026-12-01T10:00:00Z"));
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aProgramRunsThreeQuartersOnItsOwn() throws Exception {
        api.importCsv(Staff.team("Sales", 6), false);
        api.importCsv(Staff.team("Ops", 2), false);
        String program = (String) api.retrieve(HttpRequest.POST("/api/v1/programs", Map.of("name", "Barometer",
                "reminderDays", List.of(5, 10), "anonymityThreshold", 3, "audience", Map.of("team", List.of("Sales")),
                "timezone", "Europe/Paris"))).get("id");

        clock.jumpTo(Q1_OPENS);
        String q1 = awaitWave(program, "2027-Q1", "OPEN");
        assertEquals(sales(1, 2, 3, 4, 5, 6), awaitEmails("invitations", 6), "the audience is Sales only");
        answer("sales-1", "sales-2");
        api.importCsv(Staff.team("Sales", 5) + Staff.team("Ops", 2).lines().skip(1).map(l -> l + "\n")
                .reduce("", String::concat), true);

        clock.jumpTo(Q1_OPENS.plus(Duration.ofDays(5)));
        assertEquals(sales(3, 4, 5), awaitEmails("first reminders", 3), "not the respondents, not sales-6 who left");
        answer("sales-3");
        clock.jumpTo(Q1_OPENS.plus(Duration.ofDays(10)));
        assertEquals(sales(4, 5), awaitEmails("second reminders", 2));
        clock.jumpTo(Q1_OPENS.plus(Duration.ofDays(14)));
        awaitWave(program, "2027-Q1", "CLOSED");

        // A change reaches the next quarter only.
        api.retrieve(HttpRequest.PATCH("/api/v1/programs/" + program, Map.of("reminderDays", List.of(7),
                "anonymityThreshold", 4)));
        clock.jumpTo(Q2_OPENS);
        String q2 = awaitWave(program, "2027-Q2", "OPEN");
        assertEquals(sales(1, 2, 3, 4, 5), awaitEmails("Q2 invitations", 5));
        answer("sales-1", "sales-2", "sales-3", "sales-4");
        clock.jumpTo(Q2_OPENS.plus(Duration.ofDays(7)));
        assertEquals(sales(5), awaitEmails("Q2 reminder", 1));
        clock.jumpTo(Q2_OPENS.plus(Duration.ofDays(14)));
        awaitWave(program, "2027-Q2", "CLOSED");

        clock.jumpTo(Q3_OPENS);
        String q3 = awaitWave(program, "2027-Q3", "OPEN");
        assertEquals(sales(1, 2, 3, 4, 5), awaitEmails("Q3 invitations", 5));
        clock.jumpTo(Q3_OPENS.plus(Duration.ofDays(14)));
        awaitWave(program, "2027-Q3", "CLOSED");

        assertEquals(List.of("2027-Q3", "2027-Q2", "2027-Q1"), waves(program).stream().map(w -> w.get("label")).toList());
        assertEquals(List.of(3, 4, 4), List.of(threshold(q1), threshold(q2), threshold(q3)), "the threshold of each wave's opening");
        assertEquals(Arrays.asList(3, 4, null), Arrays.asList(responded(q1), responded(q2), responded(q3)),
                "Q3 had no answer: fewer than its threshold, so its total is not said, as for any group");
        assertEquals("2027-Q4", nextWave(program).get("label"));
    }

    @Test
    void newcomersInvitedToAProgramsWaveAreThoseOfItsAudienceOnly() throws Exception {
        api.importCsv(Staff.team("Sales", 2), false);
        api.importCsv(Staff.team("Ops", 1), false);
        String program = (String) api.retrieve(HttpRequest.POST("/api/v1/programs", Map.of("name", "Barometer",
                "audience", Map.of("team", List.of("sales"))))).get("id");
        clock.jumpTo(Q1_OPENS);
        String wave = awaitWave(program, "2027-Q1", "OPEN");
        assertEquals(sales(1, 2), awaitEmails("invitations", 2), "the audience matches 'Sales' without regard to case");

        api.importCsv(Staff.team("Sales", 3), false);
        api.importCsv(Staff.team("Ops", 2), false);
        Map<String, Object> invited = api.retrieve(HttpRequest.POST("/api/v1/waves/" + wave + "/invite-new", ""));

        assertEquals(Map.of("invited", 1), invited);
        assertEquals(sales(3), awaitEmails("the newcomer's invitation", 1));
    }

    @Test
    void aWaveDueWhileTheServiceWasAwayOpensOnceWhenItIsBackWithoutTheRemindersItMissed() throws Exception {
        api.importCsv(Staff.team("Ops", 4), false);
        String program = (String) api.retrieve(HttpRequest.POST("/api/v1/programs", Map.of("name", "Barometer",
                "reminderDays", List.of(2, 9), "anonymityThreshold", 3))).get("id");

        clock.jumpTo(Q1_OPENS.plus(Duration.ofDays(3)));
        awaitWave(program, "2027-Q1", "OPEN");
        assertEquals(4, awaitEmails("invitations", 4).size());
        Thread.sleep(1_000); // five scheduler rounds
        assertEquals(1, waves(program).size(), "opened once");
        assertEquals(0, smtp.getReceivedMessages().length, "no reminder the day it opened late");

        clock.jumpTo(Q1_OPENS.plus(Duration.ofDays(9)));
        assertEquals(4, awaitEmails("the day-9 reminders", 4).size());
    }

    @Test
    void aQuarterMissedEntirelyIsSkippedNotOpenedLate() throws Exception {
        api.importCsv(Staff.team("Ops", 4), false);
        String program = (String) api.retrieve(HttpRequest.POST("/api/v1/programs", Map.of("name", "Barometer"))).get("id");

        clock.jumpTo(Instant.parse("2027-02-15T10:00:00Z"));
        Thread.sleep(1_000); // five scheduler rounds

        assertEquals(List.of(), waves(program));
        assertEquals("2027-Q2", nextWave(program).get("label"));
        assertEquals(0L, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM invitation"));
    }

    private String awaitWave(String program, String label, String status) {
        return await(label + " " + status, () -> waves(program).stream()
                .filter(w -> label.equals(w.get("label")) && status.equals(w.get("status")))
                .map(w -> (String) w.get("id")).findFirst().orElse(null));
    }

    /** The recipients of the next {@code count} emails, once every queued email has gone; the mailbox is then emptied. */
    private List<String> awaitEmails(String what, int count) throws Exception {
        await(what, () -> smtp.getReceivedMessages().length >= count ? true : null);
        await(what + " all sent", () -> Jdbc.count(getProperties(),
                "SELECT COUNT(*) FROM outbox_message WHERE state = 'PENDING'") == 0 ? true : null);
        List<String> recipients = Arrays.stream(smtp.getReceivedMessages()).map(ReceivedEmail::of)
                .map(ReceivedEmail::recipient).sorted().toList();
        lastTokens.clear();
        Arrays.stream(smtp.getReceivedMessages()).map(ReceivedEmail::of)
                .forEach(e -> lastTokens.put(e.recipient(), e.token()));
        smtp.purgeEmailFromAllMailboxes();
        return recipients;
    }

    /** Each named person answers with the link of the last email they received. */
    private void answer(String... people) {
        for (String person : people) {
            String token = lastTokens.get(person + "@example.com");
            api.http().exchange(HttpRequest.POST("/api/v1/responses", "{\"token\":\"" + token + "\",\"answers\":{"
                    + ANSWERS + "}}").contentType("application/json"));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> waves(String program) {
        return (List<Map<String, Object>>) api.retrieve(HttpRequest.GET("/api/v1/programs/" + program)).get("waves");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> nextWave(String program) {
        return (Map<String, Object>) api.retrieve(HttpRequest.GET("/api/v1/programs/" + program)).get("nextWave");
    }

    private int threshold(String wave) {
        return ((Number) api.wave(wave).get("anonymityThreshold")).intValue();
    }

    private Integer responded(String wave) {
        Number responded = (Number) api.wave(wave).get("responded");
        return responded == null ? null : responded.intValue();
    }

    private static List<String> sales(int... numbers) {
        return Arrays.stream(numbers).mapToObj(n -> "sales-" + n + "@example.com").sorted().toList();
    }

    private static <T> T await(String what, Supplier<T> probe) {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not reached within " + WAIT + ": " + what);
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
