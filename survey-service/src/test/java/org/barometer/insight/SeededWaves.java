package org.barometer.insight;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.CleanDatabase;
import org.barometer.testing.EmlOutbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Waves answered through real links for the report and chart tests. Threshold 5 (detail threshold
 * 10): Sales 12, Support 6, Legal 5, Tiny 3 and one person without a team, all answering. Tiny is
 * below k: when the wave opens it is stored without its team, with the teamless person and Legal
 * (the cheapest partner), so Legal is hidden to protect it. Sales all give the same answers (12 ≥
 * 10: shown); everyone else's answers vary with their rank, so no small group answers alike.
 */
final class SeededWaves {

    private final BarometerApi api;
    private final Path outbox;

    SeededWaves(BarometerApi api, Path outbox) {
        this.api = api;
        this.outbox = outbox;
    }

    /** Two closed waves: 2026-Q2, Sales answering stress 2, then 2026-Q3, Sales answering stress 5; returns Q3. */
    String twoWaves() {
        closedWave("2026-Q2", 2);
        return closedWave("2026-Q3", 5);
    }

    /** {@link #wave}, then closed: its answers published. */
    String closedWave(String label, int salesStress) {
        String waveId = wave(label, salesStress);
        api.closeWave(waveId);
        return waveId;
    }

    /** One open wave (Sales answering stress {@code salesStress}); Sales, Legal, Tiny comment. */
    String wave(String label, int salesStress) {
        api.importCsv(InsightIntegrationTest.staff(InsightIntegrationTest.team("Sales", 12, "Commercial"),
                InsightIntegrationTest.team("Support", 6, "Operations"), InsightIntegrationTest.team("Legal", 5, "Operations"),
                InsightIntegrationTest.team("Tiny", 3, "Operations"), InsightIntegrationTest.team("", 1, "Operations")), false);
        CleanDatabase.emptyFolder(outbox);
        String waveId = api.openedWave(label, 5);
        api.awaitDelivered(waveId, Duration.ofSeconds(30));
        Map<String, String> tokens = EmlOutbox.tokensByRecipient(outbox);
        tokens.forEach((email, token) -> {
            String team = email.substring(0, email.indexOf('-'));
            int person = Integer.parseInt(email.substring(email.indexOf('-') + 1, email.indexOf('@')));
            boolean sales = team.equals("sales");
            String comment = team.equals("none") || team.equals("support") ? null
                    : Character.toUpperCase(team.charAt(0)) + team.substring(1) + " note";
            answer(token, sales ? salesStress : 1 + person % 5, sales ? 0 : person, comment);
        });
        return waveId;
    }

    /** {@code value} moved {@code shift} places along the 1–5 scale, coming back round after 5. */
    private static int on(int value, int shift) {
        return shift == 0 ? value : 1 + (value - 1 + shift) % 5;
    }

    /** Stress as given; the other questions 3, 3, 4, 3, 2, each moved along the scale by {@code shift} and its place. */
    private void answer(String token, int stress, int shift, String comment) {
        String body = "{\"token\":\"" + token + "\",\"answers\":{\"stress\":" + stress + ",\"clarity\":" + on(3, shift)
                + ",\"interruptions\":" + on(3, shift + 1) + ",\"autonomy\":" + on(4, shift + 2) + ",\"workload\":"
                + on(3, shift + 3) + ",\"support\":" + on(2, shift + 4) + "}"
                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
        assertEquals(HttpStatus.CREATED, api.http().exchange(HttpRequest.POST("/api/v1/responses", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)).getStatus());
    }
}
