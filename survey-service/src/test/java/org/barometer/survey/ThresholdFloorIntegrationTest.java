package org.barometer.survey;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.HrPages;
import org.barometer.testing.Jdbc;
import org.barometer.testing.MovableClock;
import org.barometer.testing.MovableClockFactory;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.barometer.testing.BarometerApi.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The floor of the anonymity threshold: 5 unless admins set another, stored in the database. No
 * new wave or program goes below it, through the API or the pages, and a refusal names the field
 * and the floor in the reader's language and changes nothing; waves already created keep theirs.
 */
abstract class ThresholdFloorIntegrationTest extends ServiceTest {

    private static final Instant Q1_OPENS = Instant.parse("2027-01-04T08:00:00Z");

    @Inject
    MovableClock clock;

    /** The installation's own default, not the lower one the other tests run with. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.remove(ServiceProperties.FLOOR);
        return properties;
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("barometer.schedule.check-interval", "200ms", MovableClockFactory.PROPERTY, "true");
    }

    @AfterEach
    void backToNow() {
        clock.jumpTo(Instant.now());
    }

    @Test
    void byDefaultNoNewWaveOrProgramGoesBelowFiveThroughTheApi() {
        assertEquals(5, floor().get("floor"));
        for (int k : List.of(-1, 0, 1, 2, 3, 4, 101)) {
            HttpClientResponseException wave = failure(() -> api.retrieve(HttpRequest.POST("/api/v1/waves",
                    Map.of("label", "2026-Q4", "anonymityThreshold", k))));
            assertRefusal(wave, "anonymityThreshold", "between 5 and 100 (got " + k + ")");
            HttpClientResponseException program = failure(() -> api.retrieve(HttpRequest.POST("/api/v1/programs",
                    Map.of("name", "Barometer", "anonymityThreshold", k))));
            assertRefusal(program, "anonymityThreshold", "between 5 and 100 (got " + k + ")");
        }
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM wave"), "nothing created");
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM program"));

        assertEquals(5, ((Number) api.createWave("2026-Q4", 5).get("anonymityThreshold")).intValue(), "the floor itself");
        assertEquals(5, ((Number) api.retrieve(HttpRequest.POST("/api/v1/programs", Map.of("name", "Barometer")))
                .get("anonymityThreshold")).intValue(), "the usual threshold");
    }

    @Test
    void thePagesRefuseAThresholdBelowTheFloorInTheReadersLanguage() {
        api.retrieve(HttpRequest.PUT("/api/v1/settings/threshold-floor", Map.of("floor", 7)));
        HrPages pages = HrPages.asAdmin(server.getURL());
        for (String lang : List.of("fr", "en")) {
            String expected = "fr".equals(lang) ? "les administrateurs ne permettent pas moins de 7"
                    : "the administrators allow no less than 7";
            for (int k : List.of(3, 6)) {
                HttpResponse<String> wave = pages.post("/hr/waves?lang=" + lang, Map.of("label", "2026-Q4",
                        "threshold", String.valueOf(k), "closesOn", "2099-12-31"));
                assertEquals(HttpStatus.BAD_REQUEST, wave.getStatus());
                assertTrue(wave.body().contains(expected) && wave.body().contains("aria-invalid=\"true\""), wave.body());
                HttpResponse<String> program = pages.post("/hr/programs?lang=" + lang, Map.of("name", "Barometer",
                        "anonymityThreshold", String.valueOf(k)));
                assertEquals(HttpStatus.BAD_REQUEST, program.getStatus());
                assertTrue(program.body().contains(expected), program.body());
            }
        }
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM wave"), "nothing created");
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM program"));
        assertTrue(pages.get("/hr/waves?lang=en", "en").contains("min=\"7\""), "the form says so before it is sent");
    }

    @Test
    void raisingTheFloorHoldsForNewWavesOnlyAndIsAudited() {
        api.importCsv(Staff.team("Sales", 6), false);
        String draft = (String) api.createWave("2026-Q3", 5).get("id");
        String opened = api.openedWave("2026-Q4", 5);
        long audited = floorChanges("target = 'from 5 to 7' AND actor = '" + ServiceProperties.ADMIN + "'");

        Map<String, Object> set = api.retrieve(HttpRequest.PUT("/api/v1/settings/threshold-floor", Map.of("floor", 7)));

        assertEquals(7, set.get("floor"));
        assertEquals(7, floor().get("floor"));
        assertRefusal(failure(() -> api.createWave("2027-Q1", 6)), "anonymityThreshold", "between 7 and 100 (got 6)");
        assertEquals(7, ((Number) api.retrieve(HttpRequest.POST("/api/v1/waves", Map.of("label", "2027-Q1")))
                .get("anonymityThreshold")).intValue(), "a wave given no threshold gets the floor");
        assertEquals(List.of(5, 5), List.of(threshold(draft), threshold(opened)), "waves already created keep theirs");
        assertEquals(audited + 1, floorChanges("target = 'from 5 to 7' AND actor = '" + ServiceProperties.ADMIN + "'"),
                "who changed it, from what to what");
    }

    @Test
    void onlyAdminsSetTheFloorAndABadOneChangesNothing() {
        String hr = "hr-floor@test.example";
        api.retrieve(HttpRequest.POST("/api/v1/users", Map.of("email", hr, "role", "HR", "password", "an HR password 123")));
        BarometerApi asHr = BarometerApi.at(server.getURL(), hr, "an HR password 123");
        assertEquals(5, ((Number) asHr.retrieve(HttpRequest.GET("/api/v1/settings/threshold-floor")).get("floor")).intValue(),
                "HR may read it");
        assertEquals(HttpStatus.FORBIDDEN, failure(() -> asHr.retrieve(HttpRequest.PUT("/api/v1/settings/threshold-floor",
                Map.of("floor", 3)))).getStatus());

        long audited = floorChanges("1 = 1");
        Map<String, Object> missing = new HashMap<>();
        missing.put("floor", null);
        for (Map<String, Object> body : List.of(Map.<String, Object>of("floor", 2), Map.<String, Object>of("floor", 101),
                Map.<String, Object>of("floor", -5), missing)) {
            assertRefusal(failure(() -> api.retrieve(HttpRequest.PUT("/api/v1/settings/threshold-floor", body))),
                    "floor", "from 3 to 100");
        }
        assertEquals(5, floor().get("floor"), "unchanged");
        assertEquals(audited, floorChanges("1 = 1"), "nothing audited: nothing changed");
    }

    @Test
    void theAdminPageSetsTheFloorAndSaysWhatIsWrongInTheReadersLanguage() {
        HrPages pages = HrPages.asAdmin(server.getURL());
        assertTrue(pages.get("/hr/admin/anonymity?lang=en", "en").contains("below 5"));

        HttpResponse<String> saved = pages.post("/hr/admin/anonymity?lang=fr", Map.of("floor", "8"));
        assertEquals(HttpStatus.SEE_OTHER, saved.getStatus());
        assertEquals(8, floor().get("floor"));

        for (String typed : List.of("2", "101", "huit", "")) {
            HttpResponse<String> refused = pages.post("/hr/admin/anonymity?lang=fr", Map.of("floor", typed));
            assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus(), typed);
            assertTrue(refused.body().contains("Le plancher du seuil d’anonymat doit être un nombre entier de 3 à 100"),
                    refused.body());
        }
        assertEquals(8, floor().get("floor"), "unchanged by the refusals");
        assertTrue(pages.get("/hr/admin/anonymity?lang=fr", "fr").contains("inférieur à 8"));
    }

    @Test
    void aProgramsNextWaveOpensAtLeastAtAFloorRaisedSince() throws InterruptedException {
        api.importCsv(Staff.team("Sales", 6), false);
        clock.jumpTo(Instant.parse("2026-12-01T10:00:00Z"));
        String program = (String) api.retrieve(HttpRequest.POST("/api/v1/programs", Map.of("name", "Barometer",
                "anonymityThreshold", 5, "timezone", "Europe/Paris"))).get("id");
        api.retrieve(HttpRequest.PUT("/api/v1/settings/threshold-floor", Map.of("floor", 6)));

        clock.jumpTo(Q1_OPENS);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Jdbc.count(getProperties(), "SELECT COUNT(*) FROM wave WHERE status = 'OPEN'") == 0) {
            assertTrue(Instant.now().isBefore(deadline), "the program's wave opens");
            Thread.sleep(100);
        }
        assertEquals(1, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM wave WHERE anonymity_threshold = 6 AND program_id = '"
                + program + "'"));
    }

    /** Audit entries of floor changes so far (the audit log is kept from test to test). */
    private long floorChanges(String condition) {
        return Jdbc.count(getProperties(), "SELECT COUNT(*) FROM audit_event WHERE action = 'settings.threshold-floor' AND "
                + condition);
    }

    private Map<String, Object> floor() {
        return api.retrieve(HttpRequest.GET("/api/v1/settings/threshold-floor"));
    }

    private int threshold(String wave) {
        return ((Number) api.wave(wave).get("anonymityThreshold")).intValue();
    }

    private static void assertRefusal(HttpClientResponseException refused, String field, String says) {
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        Map<String, Object> body = refused.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
        assertTrue(String.valueOf(body.get("message")).contains(says), String.valueOf(body));
        assertTrue(body.get("errors") instanceof List<?> errors && errors.stream()
                .anyMatch(e -> e instanceof Map<?, ?> m && field.equals(m.get("field"))), String.valueOf(body));
    }
}
