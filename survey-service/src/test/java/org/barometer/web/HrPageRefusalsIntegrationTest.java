package org.barometer.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.HrPages;
import org.barometer.testing.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the HR pages say when they refuse what they were asked, over real HTTP: in the reader's
 * language and in the dashboard's frame, while the JSON API keeps answering JSON in English.
 */
abstract class HrPageRefusalsIntegrationTest extends ServiceTest {

    private static final List<String> RESULTS_PAGES = List.of("/hr", "/hr/trends", "/hr/heatmap", "/hr/distribution",
            "/hr/comments");

    private HrPages admin;

    @BeforeEach
    void signIn() {
        admin = HrPages.asAdmin(server.getURL());
    }

    @Test
    void aResultsPageAskedForAWaveIdThatIsNoneSaysSoInTheReadersLanguageInTheDashboard() {
        for (String page : RESULTS_PAGES) {
            HttpResponse<String> french = page(page + "?wave=not-a-uuid", "fr");
            assertEquals(HttpStatus.BAD_REQUEST, french.getStatus(), page);
            assertTrue(french.getContentType().orElseThrow().matches(MediaType.TEXT_HTML_TYPE), page);
            assertTrue(french.body().contains("«\u00a0wave\u00a0» doit être l’identifiant d’une vague"), french.body());
            assertTrue(french.body().contains("Cette page ne peut pas être affichée ainsi"), french.body());
            assertTrue(french.body().contains("id=\"signed-in-as\""), "in the dashboard's frame: " + page);
        }
        HttpResponse<String> english = page("/hr/heatmap?wave=not-a-uuid", "en");
        assertEquals(HttpStatus.BAD_REQUEST, english.getStatus());
        assertTrue(english.body().contains("wave&#39; is a wave id such as 3f2b"), english.body());

        HttpResponse<String> unknown = page("/hr/comments?wave=00000000-0000-0000-0000-000000000000", "fr");
        assertEquals(HttpStatus.NOT_FOUND, unknown.getStatus());
        assertTrue(unknown.body().contains("Aucune vague n’a l’identifiant 00000000-0000-0000-0000-000000000000."),
                unknown.body());
    }

    @Test
    void aResultsPageAskedToGroupByWhatIsNoAttributeSaysSoWhileTheApiAnswersJson() {
        api.importCsv("email,name,team\nann@example.com,Ann,Sales\n", false);
        String wave = api.openedWave("2026-Q3", 5);
        for (String page : List.of("/hr/trends", "/hr/heatmap", "/hr/comments")) {
            HttpResponse<String> french = page(page + "?by=Not+an+attribute!", "fr");
            assertEquals(HttpStatus.BAD_REQUEST, french.getStatus(), page);
            assertTrue(french.getContentType().orElseThrow().matches(MediaType.TEXT_HTML_TYPE), page);
            assertTrue(french.body().contains("«\u00a0by\u00a0» doit nommer un attribut de segment"), french.body());
        }

        HttpClientResponseException json = BarometerApi.failure(() -> api.retrieve(
                HttpRequest.GET("/api/v1/waves/" + wave + "/results?by=Not+an+attribute!")));
        assertEquals(HttpStatus.BAD_REQUEST, json.getStatus());
        assertTrue(json.getResponse().getContentType().orElseThrow().matches(MediaType.APPLICATION_JSON_TYPE));
        assertEquals("'by' names a segment attribute such as team or department: lower-case letters, digits, '-' "
                + "and '_', starting with a letter, at most 64 characters.",
                json.getResponse().getBody(Map.class).orElseThrow().get("message"));
        HttpClientResponseException badId = BarometerApi.failure(() -> api.retrieve(
                HttpRequest.GET("/api/v1/waves/not-a-uuid/results")));
        assertEquals(HttpStatus.BAD_REQUEST, badId.getStatus());
        assertTrue(badId.getResponse().getContentType().orElseThrow().matches(MediaType.APPLICATION_JSON_TYPE));
    }

    private HttpResponse<String> page(String path, String language) {
        return admin.exchange(HttpRequest.GET(path).header(HttpHeaders.ACCEPT_LANGUAGE, language));
    }
}
