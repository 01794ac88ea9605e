package org.barometer.privacy;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /privacy} without signing in, in French and English, with the durations and contacts the
 * installation configured (BAROMETER_ANSWER_RETENTION, BAROMETER_LEAVER_RETENTION,
 * BAROMETER_PRIVACY_CONTROLLER, BAROMETER_PRIVACY_CONTACT); the defaults are in PrivacyLinksIntegrationTest.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyPageIntegrationTest extends ServiceTest {

    private static final String NBSP = "\u00a0";

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("barometer.retention.answers", "P3Y6M", "barometer.retention.leavers", "P30D",
                "barometer.privacy.controller", "Acme SAS, 1 rue de la Paix, Paris",
                "barometer.privacy.contact", "dpo@acme.example");
    }

    @Test
    void theFrenchPageStatesTheConfiguredDurationsAndContacts() {
        String page = page("/privacy?lang=fr", "en");

        assertTrue(page.contains("<html lang=\"fr\""), page);
        assertTrue(page.contains("<h1>Protection des données</h1>"), page);
        assertTrue(page.contains("3 ans et 6 mois après la clôture de l’enquête, puis effacés."), page);
        assertTrue(page.contains("Tant que vous êtes sur la liste du personnel" + NBSP + "; 30 jours après"), page);
        assertTrue(page.contains("Jusqu’à la clôture de l’enquête."), "invitations and links: " + page);
        assertTrue(page.contains("Responsable du traitement" + NBSP + ": Acme SAS, 1 rue de la Paix, Paris"), page);
        assertTrue(page.contains("pour exercer vos droits" + NBSP + ": dpo@acme.example"), page);
        assertTrue(page.contains("jamais moins de 3 ici"), "the threshold's floor (3 in these tests): " + page);
        assertTrue(page.contains("href=\"/privacy?lang=en\""), "the switch to English");
    }

    @Test
    void theEnglishPageFollowsTheBrowsersLanguage() {
        String page = page("/privacy", "en-GB,en;q=0.8,fr;q=0.5");

        assertTrue(page.contains("<html lang=\"en\""), page);
        assertTrue(page.contains("<h1>Data protection</h1>"), page);
        assertTrue(page.contains("3 years and 6 months after the survey closes, then erased."), page);
        assertTrue(page.contains("30 days after you leave it"), page);
        assertTrue(page.contains("Data controller: Acme SAS, 1 rue de la Paix, Paris"), page);
        assertTrue(page.contains("or to exercise your rights: dpo@acme.example"), page);
        assertTrue(page.contains("no email address, no time of answering, no IP address"), page);
        assertTrue(page.contains("never below 3 here"), page);
    }

    @Test
    void anUnknownLanguageFallsBackToTheBrowsersAndThePageNeedsNoScriptOrInlineStyle() {
        HttpResponse<String> response = api.http().exchange(HttpRequest.GET("/privacy?lang=de")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CH, fr;q=0.9"), String.class);

        assertEquals(HttpStatus.OK, response.getStatus());
        String page = response.body();
        assertTrue(page.contains("<html lang=\"fr\""), page);
        assertFalse(page.contains("<script") || page.contains("<style") || page.contains(" style="),
                "nothing the Content-Security-Policy would block");
        assertTrue(response.getHeaders().get("Content-Security-Policy").contains("style-src 'self'"));
    }

    private String page(String path, String acceptLanguage) {
        return api.http().retrieve(HttpRequest.GET(path).header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage), String.class);
    }
}
