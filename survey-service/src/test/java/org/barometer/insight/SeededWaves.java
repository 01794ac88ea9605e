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
 * Waves answered through real links for the report and chart tests. Threshold 5: Sales 8, Support
 * 6, Legal 5, Tiny 3 and one person without a team, all answering. Tiny is below k; Legal is hidden
 * with it, or Tiny plus the teamless person (4) could be had by subtraction.
 */
final class SeededWaves {

    private final BarometerApi api;
    private final Path outbox;

    SeededWaves(BarometerApi api, Path outbox) {
        this.api = api;
        this.outbox = outbox;
    }

    /** Two waves: 2026-Q2 closed, Sales answering stress 2; 2026-Q3 open, Sales answering stress 5. */
    String twoWaves() {
        api.closeWave(wave("2026-Q2", 2));
        return wave("2026-Q3", 5);
    }

    /** One open wave: every answer fixed except stress (Sales {@code salesStress}); Sales, Legal, Tiny comment. */
    String wave(String label, int salesStress) {
        api.importCsv(InsightIntegrationTest.staff(InsightIntegrationTest.team("Sales", 8, "Commercial"),
                InsightIntegrationTest.team("Support", 6, "Operations"), InsightIntegrationTest.team("Legal", 5, "Operations"),
                InsightIntegrationTest.team("Tiny", 3, "Operations"), InsightIntegrationTest.team("", 1, "Operations")), false);
        CleanDatabase.emptyFolder(outbox);
        String waveId = api.openedWave(label, 5);
        api.awaitDelivered(waveId, Duration.ofSeconds(30));
        Map<String, String> tokens = EmlOutbox.tokensByRecipient(outbox);
        tokens.forEach((email, token) -> {
            String team = email.substring(0, email.indexOf('-'));
            int person = Integer.parseInt(email.substring(email.indexOf('-') + 1, email.indexOf('@')));
            int stress = team.equals("sales") ? salesStress : 1 + person % 5;
            String comment = team.equals("none") || team.equals("support") ? null
                    : Character.toUpperCase(team.charAt(0)) + team.substring(1) + " note";
            answer(token, stress, comment);
        });
        return waveId;
    }

    private void answer(String token, int stress, String comment) {
        String body = "{\"token\":\"" + token + "\",\"answers\":{\"stress\":" + stress + ",\"clarity\":3,"
                + "\"interruptions\":3,\"autonomy\":4,\"workload\":3,\"support\":2}"
                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
        assertEquals(HttpStatus.CREATED, api.http().exchange(HttpRequest.POST("/api/v1/responses", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)).getStatus());
    }
}
