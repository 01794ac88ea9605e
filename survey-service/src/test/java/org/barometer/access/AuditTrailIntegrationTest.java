package org.barometer.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import jakarta.inject.Inject;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.MovableClock;
import org.barometer.testing.MovableClockFactory;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit log an admin reads after HR changed a program and a viewer downloaded a report, and
 * after the service opened a wave, reminded and closed it on its own while a movable clock jumped
 * through a quarter: who (an account or {@code system}), what, to what, and never an employee but
 * those an import put in a group.
 */
abstract class AuditTrailIntegrationTest extends ServiceTest {

    private static final String PASSWORD = "audit trail password";
    private static final Instant Q1_OPENS = Instant.parse("2027-01-04T08:00:00Z"); // Monday 09:00 in Paris
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    MovableClock clock;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("barometer.schedule.check-interval", "200ms",
                "barometer.waves.close-check-interval", "200ms",
                MovableClockFactory.PROPERTY, "true");
    }

    @BeforeEach
    void december2026() {
        clock.jumpTo(Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void programChangesAndReportDownloadsNameTheirAccountAndWhatTheyTouched() {
        String hrEmail = account(Roles.HR);
        BarometerApi hr = signedIn(hrEmail);
        String program = (String) hr.retrieve(HttpRequest.POST("/api/v1/programs", Map.of("name", "Barometer"))).get("id");
        hr.retrieve(HttpRequest.PATCH("/api/v1/programs/" + program, Map.of("reminderDays", List.of(7), "anonymityThreshold", 4)));
        hr.retrieve(HttpRequest.POST("/api/v1/programs/" + program + "/pause", ""));
        hr.retrieve(HttpRequest.POST("/api/v1/programs/" + program + "/resume", ""));

        hr.importCsv(Staff.team("Sales", 3), false);
        String wave = hr.openedWave("2026-Q4", 3);
        hr.closeWave(wave);
        String viewerEmail = account(Roles.VIEWER);
        BarometerApi viewer = signedIn(viewerEmail);
        assertEquals(HttpStatus.OK, downloadReport(viewer, wave, "lang=en&by=team&comments=true"));

        List<Map<String, Object>> entries = entries();
        String about = "program " + program + " (Barometer)";
        assertEquals(List.of(
                        List.of("program.resume", about),
                        List.of("program.pause", about),
                        List.of("program.update", about + ", changed: reminderDays, anonymityThreshold"),
                        List.of("program.create", about)),
                entries.stream().filter(e -> hrEmail.equals(e.get("actor")) && ((String) e.get("action")).startsWith("program."))
                        .map(e -> List.of(e.get("action"), e.get("target"))).toList(), "newest first");
        assertEquals(List.of("wave " + wave + " (2026-Q4), lang=en, by=team, comments=true"),
                entries.stream().filter(e -> viewerEmail.equals(e.get("actor")) && "report.download".equals(e.get("action")))
                        .map(e -> e.get("target")).toList());
        assertNamesNoEmployee(entries);
    }

    @Test
    void theServiceOpeningRemindingAndClosingOnItsOwnIsRecordedAsSystemWithCountsOnly() {
        api.importCsv(Staff.team("Ops", 4), false);
        String program = (String) api.retrieve(HttpRequest.POST("/api/v1/programs", Map.of("name", "Quarterly",
                "reminderDays", List.of(2), "anonymityThreshold", 3, "timezone", "Europe/Paris"))).get("id");

        clock.jumpTo(Q1_OPENS);
        Map<String, Object> opened = awaitSystemEntry("the scheduled opening", "wave.open");
        String target = (String) opened.get("target");
        assertTrue(target.contains("(2027-Q1) of program " + program + ", 4 invited"), target);

        clock.jumpTo(Q1_OPENS.plus(Duration.ofDays(2)));
        Map<String, Object> reminded = awaitSystemEntry("the reminder round", "reminders.start");
        assertTrue(((String) reminded.get("target")).endsWith(", 4 reminder(s) queued"), reminded.toString());

        clock.jumpTo(Q1_OPENS.plus(Duration.ofDays(14)));
        Map<String, Object> closed = awaitSystemEntry("the scheduled closing", "wave.close");
        assertTrue(((String) closed.get("target")).contains("(2027-Q1), closing date passed"), closed.toString());
        assertNamesNoEmployee(entries());
    }

    /** But the imports, which name the addresses they put in each group (A4). */
    private static void assertNamesNoEmployee(List<Map<String, Object>> entries) {
        String wholeLog = entries.stream().filter(e -> !"employees.import".equals(e.get("action"))).toList().toString();
        assertFalse(wholeLog.contains("@example.com") || wholeLog.contains("Person "), "no employee is named: " + wholeLog);
    }

    /** The first entry of the action with actor {@code system}; the log outlives the data of earlier tests. */
    private Map<String, Object> awaitSystemEntry(String what, String action) {
        Predicate<Map<String, Object>> wanted = e -> action.equals(e.get("action")) && AuditEvent.SYSTEM.equals(e.get("actor"));
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            var found = entries().stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        }
        throw new AssertionError("No audit entry for " + what + " within " + WAIT + ": " + entries());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> entries() {
        return (List<Map<String, Object>>) api.retrieve(HttpRequest.GET("/api/v1/audit?size=100")).get("entries");
    }

    private String account(String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        api.retrieve(HttpRequest.POST("/api/v1/users", Map.of("email", email, "role", role, "password", PASSWORD)));
        return email;
    }

    private BarometerApi signedIn(String email) {
        BarometerApi other = BarometerApi.at(server.getURL(), email, PASSWORD);
        other.login();
        return other;
    }

    /** With a patient client: a report takes a second or two, on a busy machine more than the default 10 s. */
    private HttpStatus downloadReport(BarometerApi as, String wave, String query) {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setReadTimeout(Duration.ofSeconds(60));
        try (HttpClient client = HttpClient.create(server.getURL(), configuration)) {
            return client.toBlocking().exchange(HttpRequest.GET("/api/v1/waves/" + wave + "/report.pdf?" + query)
                    .bearerAuth(as.login()), byte[].class).getStatus();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
