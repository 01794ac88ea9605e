package org.barometer.survey;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.Jdbc;
import org.barometer.testing.MovableClock;
import org.barometer.testing.MovableClockFactory;
import org.barometer.testing.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HR sets up the quarterly barometer once: programs created, checked, changed, paused and resumed. */
abstract class ProgramApiIntegrationTest extends ServiceTest {

    @Inject
    MovableClock clock;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(MovableClockFactory.PROPERTY, "true");
    }

    @BeforeEach
    void lateNovember2026() {
        clock.jumpTo(Instant.parse("2026-11-26T10:00:00Z"));
    }

    @Test
    void aNewProgramAnnouncesItsFirstQuarterAndFillsInTheDefaults() {
        var response = api.http().exchange(HttpRequest.POST("/api/v1/programs", Map.of("name", "Barometer",
                "reminderDays", List.of(5, 10), "timezone", "Europe/Paris")).bearerAuth(api.login()), Map.class);

        assertEquals(HttpStatus.CREATED, response.getStatus());
        Map<?, ?> program = response.body();
        assertEquals("wellbeing-barometer", program.get("template"));
        assertEquals("QUARTERLY", program.get("cadence"));
        assertEquals("FIRST_MONDAY", program.get("openOn"));
        assertEquals(14, program.get("openDays"));
        assertEquals(5, program.get("anonymityThreshold"));
        assertEquals(List.of(5, 10), program.get("reminderDays"));
        assertEquals("ACTIVE", program.get("status"));
        // Monday 4 January 2027 at 09:00 in Paris (UTC+1), open two weeks.
        assertEquals(Map.of("label", "2027-Q1", "opensAt", "2027-01-04T08:00:00Z", "closesAt", "2027-01-18T08:00:00Z"),
                program.get("nextWave"));
    }

    @Test
    void theOpeningDayAndTimeZoneDecideWhenTheNextWaveOpens() {
        Map<String, Object> program = create(Map.of("name", "Pulse", "openOn", "FIRST_DAY", "openDays", 10,
                "timezone", "America/New_York"));

        // 1 January 2027 at 09:00 in New York (UTC-5).
        assertEquals(Map.of("label", "2027-Q1", "opensAt", "2027-01-01T14:00:00Z", "closesAt", "2027-01-11T14:00:00Z"),
                program.get("nextWave"));
    }

    @Test
    void everyBadSettingIsNamedInOne400AndNothingIsCreated() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("name", " ");
        bad.put("template", "no-such-set");
        bad.put("cadence", "MONTHLY");
        bad.put("openOn", "LAST_FRIDAY");
        bad.put("openDays", 0);
        bad.put("reminderDays", List.of(0, 20));
        bad.put("anonymityThreshold", 2);
        bad.put("audience", Map.of("team", List.of()));
        bad.put("timezone", "Mars/Olympus");

        HttpClientResponseException failure = BarometerApi.failure(() -> create(bad));

        assertEquals(HttpStatus.BAD_REQUEST, failure.getStatus());
        Map<?, ?> body = failure.getResponse().getBody(Map.class).orElseThrow();
        List<?> fields = ((List<?>) body.get("errors")).stream().map(e -> ((Map<?, ?>) e).get("field")).toList();
        assertEquals(List.of("name", "template", "cadence", "openOn", "openDays", "reminderDays", "anonymityThreshold",
                "audience", "timezone"), fields);
        assertTrue(body.get("message").toString().startsWith("9 settings to fix"), body.toString());
        assertEquals(List.of(), programs(), "nothing created");
    }

    @Test
    void reminderDaysMustFallWhileTheWaveIsOpen() {
        HttpClientResponseException failure = BarometerApi.failure(() -> create(Map.of("name", "B", "openDays", 7,
                "reminderDays", List.of(3, 7))));

        assertEquals(HttpStatus.BAD_REQUEST, failure.getStatus());
        String message = failure.getResponse().getBody(Map.class).orElseThrow().get("message").toString();
        assertTrue(message.contains("reminderDays") && message.contains("between 1 and openDays - 1 (6)"), message);
    }

    @Test
    void aChangeKeepsWhatWasNotGivenAndABadChangeChangesNothing() {
        String id = (String) create(Map.of("name", "Barometer", "reminderDays", List.of(5),
                "audience", Map.of("team", List.of("Sales")))).get("id");

        Map<String, Object> changed = patch(id, Map.of("openDays", 21, "reminderDays", List.of(7, 14)));
        HttpClientResponseException refused = BarometerApi.failure(() -> patch(id, Map.of("openDays", 90)));

        assertEquals(21, changed.get("openDays"));
        assertEquals(List.of(7, 14), changed.get("reminderDays"));
        assertEquals(Map.of("team", List.of("Sales")), changed.get("audience"), "not given, kept");
        assertEquals("2027-01-25T08:00:00Z", ((Map<?, ?>) changed.get("nextWave")).get("closesAt"));
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        assertTrue(refused.getMessage().contains("openDays"), refused.getMessage());
        assertEquals(21, get(id).get("openDays"), "the refused change changed nothing");
        assertEquals(Map.of(), patch(id, Map.of("audience", Map.of())).get("audience"), "{} is everyone again");
    }

    @Test
    void aPausedProgramPlansNoWaveAndResumingPlansTheNextOne() {
        String id = (String) create(Map.of("name", "Barometer")).get("id");

        Map<String, Object> paused = post(id, "pause");
        assertEquals("PAUSED", paused.get("status"));
        assertFalse(paused.containsKey("nextWave"), paused.toString());
        assertEquals("PAUSED", programs().get(0).get("status"));

        // Resumed after the first quarter's opening: that wave is not opened late.
        clock.jumpTo(Instant.parse("2027-01-05T10:00:00Z"));
        Map<String, Object> resumed = post(id, "resume");
        assertEquals("ACTIVE", resumed.get("status"));
        assertEquals("2027-Q2", ((Map<?, ?>) resumed.get("nextWave")).get("label"));
        assertEquals(List.of(), resumed.get("waves"));
    }

    @Test
    void anUnknownProgramIs404() {
        String unknown = "00000000-0000-0000-0000-000000000000";

        assertEquals(HttpStatus.NOT_FOUND, BarometerApi.failure(() -> get(unknown)).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, BarometerApi.failure(() -> post(unknown, "pause")).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, BarometerApi.failure(() -> patch(unknown, Map.of("openDays", 7))).getStatus());
    }

    @Test
    void aViewerMayNotSeeOrChangePrograms() throws Exception {
        String hash = new BCryptPasswordEncoder(4).encode("viewer password");
        try (Connection c = Jdbc.connect(getProperties()); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO hr_user (id, email, password_hash, role, created_at) VALUES ('"
                    + UUID.randomUUID() + "', 'viewer@test.example', '" + hash + "', 'VIEWER', CURRENT_TIMESTAMP)");
        }
        String viewer = (String) api.http().retrieve(HttpRequest.POST("/login", Map.of("username", "viewer@test.example",
                "password", "viewer password")), Map.class).get("access_token");

        HttpClientResponseException list = BarometerApi.failure(() -> api.http().retrieve(
                HttpRequest.GET("/api/v1/programs").bearerAuth(viewer)));
        HttpClientResponseException create = BarometerApi.failure(() -> api.http().retrieve(
                HttpRequest.POST("/api/v1/programs", Map.of("name", "B")).bearerAuth(viewer)));

        assertEquals(HttpStatus.FORBIDDEN, list.getStatus());
        assertEquals(HttpStatus.FORBIDDEN, create.getStatus());
        assertEquals(List.of(), programs());
    }

    private Map<String, Object> create(Map<String, Object> settings) {
        return api.retrieve(HttpRequest.POST("/api/v1/programs", settings));
    }

    private Map<String, Object> patch(String id, Map<String, Object> changes) {
        return api.retrieve(HttpRequest.PATCH("/api/v1/programs/" + id, changes));
    }

    private Map<String, Object> post(String id, String action) {
        return api.retrieve(HttpRequest.POST("/api/v1/programs/" + id + "/" + action, ""));
    }

    private Map<String, Object> get(String id) {
        return api.retrieve(HttpRequest.GET("/api/v1/programs/" + id));
    }

    private List<Map<String, Object>> programs() {
        return api.http().retrieve(HttpRequest.GET("/api/v1/programs").bearerAuth(api.login()),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }
}
