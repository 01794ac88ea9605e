package org.barometer.survey;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import org.barometer.testing.Answers;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.EmlOutbox;
import org.barometer.testing.HrPages;
import org.barometer.testing.Jdbc;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HR creates a wave, opens it (everyone active is invited), and closes it. */
abstract class WaveLifecycleIntegrationTest extends ServiceTest {

    @Test
    void aNewWaveIsADraftWithTheDefaultsHrExpects() {
        Map<String, Object> wave = api.retrieve(HttpRequest.POST("/api/v1/waves", Map.of("label", "2026-Q4")));

        assertEquals("DRAFT", wave.get("status"));
        assertEquals("wellbeing-barometer", wave.get("template"));
        assertEquals(5, ((Number) wave.get("anonymityThreshold")).intValue());
        assertEquals(0, ((Number) wave.get("invited")).intValue());
    }

    @Test
    void openingInvitesEveryActiveEmployeeOnceAndClosingEndsTheLinks() {
        api.importCsv(Staff.team("Sales", 4), false);
        api.importCsv(Staff.team("Sales", 3), true);
        String id = (String) api.createWave("2026-Q4", 5).get("id");

        Map<String, Object> opened = api.openWave(id);

        assertEquals(Map.of("id", id, "status", "OPEN", "invited", 3), opened);
        Map<String, Object> delivered = api.awaitDelivered(id, Duration.ofSeconds(20));
        assertEquals(Map.of("pending", 0, "sent", 3, "failed", 0), delivered.get("emails"));
        Map<String, String> tokens = EmlOutbox.tokensByRecipient(Path.of(property("barometer.mail.dir")));
        assertEquals(3, tokens.size(), "one email per active employee, none for sales-4: " + tokens.keySet());

        api.closeWave(id);

        assertEquals("CLOSED", api.wave(id).get("status"));
        var closedLink = BarometerApi.failure(() -> api.http().exchange(
                HttpRequest.GET("/s/" + tokens.get("sales-1@example.com") + "?lang=en"), String.class));
        assertEquals(HttpStatus.NOT_FOUND, closedLink.getStatus(), "the link was forgotten with the invitation");
        String page = closedLink.getResponse().getBody(String.class).orElse("");
        assertTrue(page.contains("<h1>") && page.contains("its survey has ended"), "a closed link says why: " + page);
        var french = BarometerApi.failure(() -> api.http().exchange(
                HttpRequest.GET("/s/" + tokens.get("sales-1@example.com") + "?lang=fr"), String.class));
        assertTrue(french.getResponse().getBody(String.class).orElse("").contains("son enquête est terminée"));
    }

    /**
     * A closed wave keeps no record of who was invited: no invitation, token, queued email or
     * reminder round is left, while the API and the waves page still give its totals and emails.
     */
    @Test
    void closingForgetsTheInvitationsAndKeepsTheirCounts() throws SQLException {
        api.importCsv(Staff.team("Sales", 4), false);
        String id = api.openedWave("2026-Q4", 3);
        api.awaitDelivered(id, Duration.ofSeconds(20));
        Answers answers = Answers.from(api, Path.of(property("barometer.mail.dir")));
        for (int i = 1; i <= 3; i++) {
            answers.answer("sales-" + i + "@example.com", 2, null);
        }
        planAReminder(id);
        assertEquals(4, countFor(id, "SELECT COUNT(*) FROM invitation WHERE wave_id = ?"));

        api.closeWave(id);

        assertEquals(0, countFor(id, "SELECT COUNT(*) FROM invitation WHERE wave_id = ?"));
        assertEquals(0, countFor(id, "SELECT COUNT(*) FROM invitation_token"));
        assertEquals(0, countFor(id, "SELECT COUNT(*) FROM outbox_message WHERE wave_id = ?"));
        assertEquals(0, countFor(id, "SELECT COUNT(*) FROM wave_reminder WHERE wave_id = ?"));
        Map<String, Object> wave = api.wave(id);
        assertEquals(4, ((Number) wave.get("invited")).intValue());
        assertEquals(3, ((Number) wave.get("responded")).intValue());
        assertEquals(Map.of("pending", 0, "sent", 4, "failed", 0), wave.get("emails"));
        String page = HrPages.asAdmin(server.getURL()).get("/hr/waves?lang=en", "en");
        assertTrue(page.contains("3 of 4") && page.contains("4 sent, 0 waiting, 0 failed"), "the waves page too: " + page);
    }

    private long countFor(String waveId, String sql) {
        return Jdbc.count(getProperties(), sql.replace("?", "'" + waveId + "'"));
    }

    /** A reminder round as a program plans it (a wave created by hand has none). */
    private void planAReminder(String waveId) throws SQLException {
        try (Connection c = Jdbc.connect(getProperties()); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO wave_reminder (wave_id, reminder_day, due_at) VALUES ('" + waveId
                    + "', 5, CURRENT_TIMESTAMP + INTERVAL '5' DAY)");
        }
    }

    @Test
    void aWaveOpensOnceClosesOnceAndUnknownWavesAre404() {
        api.importCsv(Staff.team("Ops", 2), false);
        String id = api.openedWave("2026-Q4", 5);

        assertEquals(HttpStatus.CONFLICT, BarometerApi.failure(() -> api.openWave(id)).getStatus());
        api.closeWave(id);
        assertEquals(HttpStatus.CONFLICT, BarometerApi.failure(() -> api.closeWave(id)).getStatus());
        assertEquals(HttpStatus.NOT_FOUND,
                BarometerApi.failure(() -> api.wave("00000000-0000-0000-0000-000000000000")).getStatus());
        assertEquals(2, ((Number) api.wave(id).get("invited")).intValue(), "closing keeps the totals");
    }

    @Test
    void openingWithNobodyToInviteIsRefusedAndLeavesTheWaveADraft() {
        String id = (String) api.createWave("2026-Q4", 5).get("id");

        var failure = BarometerApi.failure(() -> api.openWave(id));

        assertEquals(HttpStatus.CONFLICT, failure.getStatus());
        assertTrue(failure.getResponse().getBody(String.class).orElse("").contains("import the staff list"));
        assertEquals("DRAFT", api.wave(id).get("status"), "the failed opening changed nothing");
    }

    @Test
    void anUnknownTemplateOrABadThresholdIsA400ThatSaysWhatToFix() {
        var unknown = BarometerApi.failure(() -> api.retrieve(HttpRequest.POST("/api/v1/waves",
                Map.of("label", "2026-Q4", "template", "no-such-set"))));
        var tooSmall = BarometerApi.failure(() -> api.retrieve(HttpRequest.POST("/api/v1/waves",
                Map.of("label", "2026-Q4", "anonymityThreshold", 1))));
        var past = BarometerApi.failure(() -> api.retrieve(HttpRequest.POST("/api/v1/waves",
                Map.of("label", "2026-Q4", "closesAt", "2020-01-01T00:00:00Z"))));

        assertEquals(HttpStatus.BAD_REQUEST, unknown.getStatus());
        assertTrue(unknown.getResponse().getBody(String.class).orElse("").contains("/api/v1/templates"));
        assertEquals(HttpStatus.BAD_REQUEST, tooSmall.getStatus());
        assertTrue(tooSmall.getResponse().getBody(String.class).orElse("").contains("anonymityThreshold"));
        assertEquals(HttpStatus.BAD_REQUEST, past.getStatus());
        List<?> waves = api.http().retrieve(HttpRequest.GET("/api/v1/waves").bearerAuth(api.login()),
                io.micronaut.core.type.Argument.listOf(Map.class));
        assertEquals(List.of(), waves, "no refused request created a wave");
    }
}
