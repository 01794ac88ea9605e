package org.barometer.privacy;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.Answers;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.HrPages;
import org.barometer.testing.ReceivedEmail;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everywhere a person reads about the survey links to {@code /privacy} in their language: the
 * invitation email (text and HTML), the answer form and the respondent's messages, the HR
 * dashboard's footer. With nothing configured, the page names no contact but says whom to ask.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyLinksIntegrationTest extends ServiceTest {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    @Test
    void theEmailsTheFormTheMessagesAndTheDashboardLinkToThePage() {
        api.importCsv(Staff.team("Sales", 3), false);
        String wave = api.openedWave("2026-Q4", 3);
        api.awaitDelivered(wave, Duration.ofSeconds(30));
        List<ReceivedEmail> emails = ReceivedEmail.inFolder(Path.of(property("barometer.mail.dir")));
        ReceivedEmail french = ReceivedEmail.to(emails, "sales-1@example.com");
        ReceivedEmail english = ReceivedEmail.to(emails, "sales-2@example.com");
        String base = server.getURL() + "/privacy?lang=";
        assertTrue(french.text().contains("\n" + base + "fr"), french.text());
        assertTrue(french.html().contains("href=\"" + base + "fr\"") && french.html().contains(">protection des données</a>"),
                french.html());
        assertTrue(english.text().contains("\n" + base + "en"), english.text());
        assertTrue(english.html().contains("href=\"" + base + "en\""), english.html());

        String link = english.link().substring(english.link().indexOf("/s/"));
        assertLinks(page(link), "en", "the form");
        Answers.from(api, Path.of(property("barometer.mail.dir"))).answer("sales-2@example.com", 3, null);
        assertLinks(refusal(link), "en", "the link already used");
        assertLinks(page("/s/thanks?lang=fr"), "fr", "the thanks page");
        assertLinks(refusal("/s/AAAAAAAAAAAAAAAAAAAAAA?lang=fr"), "fr", "the unknown link");
        assertLinks(HrPages.asAdmin(server.getURL()).get("/hr?lang=fr", "fr"), "fr", "the dashboard");
        assertLinks(HrPages.asAdmin(server.getURL()).get("/hr/waves?lang=en", "en"), "en", "the waves page");
    }

    @Test
    void withoutContactsConfiguredThePageSaysWhomToAskAndTheDefaultDurations() {
        String page = api.http().retrieve(HttpRequest.GET("/privacy").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), String.class);

        assertTrue(page.contains("The data controller is your employer, who runs this survey."), page);
        assertTrue(page.contains("ask your HR team or your data protection officer."), page);
        assertTrue(page.contains("5 years after the survey closes, then erased."), page);
        assertTrue(page.contains("90 days after you leave it"), page);
    }

    private static void assertLinks(String page, String lang, String where) {
        assertTrue(page.contains("href=\"/privacy?lang=" + lang + "\""), where + " links to the page: " + page);
    }

    private String page(String path) {
        return api.http().retrieve(HttpRequest.GET(path), String.class);
    }

    private String refusal(String path) {
        HttpClientResponseException refused = BarometerApi.failure(() -> api.http().exchange(HttpRequest.GET(path), String.class));
        return refused.getResponse().getBody(String.class).orElse("");
    }
}
