package org.barometer.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.HrPages;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the HR pages say when they refuse what they were asked, over real HTTP: in the reader's
 * language and in the dashboard's frame, while the JSON API keeps answering JSON in English.
 */
abstract class HrPageRefusalsIntegrationTest extends ServiceTest {

    private static final List<String> RESULTS_PAGES = List.of("/hr", "/hr/trends", "/hr/heatmap", "/hr/distribution",
            "/hr/comments");

    /** A question set HR customised (BAROMETER_TEMPLATES_DIR) with two mistakes. */
    private static final String BROKEN_SET = """
            key: broken
            version: 1
            title: {fr: "Notre baromètre", en: "Our barometer"}
            intro: {fr: "Intro", en: "Intro"}
            questions:
              - {key: q1, polarity: POSITIVE, text: {fr: "Q1", en: "Q1"}, scale: {min: 2, max: 5, labels: {fr: {2: "bas", 5: "haut"}, en: {2: "low", 5: "high"}}}}
              - {key: q2, polarity: BAD, text: {fr: "Q2", en: "Q2"}, scale: {min: 1, max: 5, labels: {fr: {1: "bas", 5: "haut"}, en: {1: "low", 5: "high"}}}}
              - {key: q3, polarity: POSITIVE, text: {fr: "Q3", en: "Q3"}, scale: {min: 1, max: 5, labels: {fr: {1: "bas", 5: "haut"}, en: {1: "low", 5: "high"}}}}
              - {key: q4, polarity: POSITIVE, text: {fr: "Q4", en: "Q4"}, scale: {min: 1, max: 5, labels: {fr: {1: "bas", 5: "haut"}, en: {1: "low", 5: "high"}}}}
              - {key: q5, polarity: POSITIVE, text: {fr: "Q5", en: "Q5"}, scale: {min: 1, max: 5, labels: {fr: {1: "bas", 5: "haut"}, en: {1: "low", 5: "high"}}}}
            """;

    private HrPages admin;

    @Override
    protected Map<String, String> extraProperties() {
        try {
            Path templates = ServiceProperties.tempDir("templates");
            Files.createDirectories(templates.resolve("questions"));
            Files.writeString(templates.resolve("questions/broken.yml"), BROKEN_SET);
            return Map.of("barometer.templates-dir", templates.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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

    @Test
    void aFrenchReaderIsToldInFrenchWhatToFixInAStaffListAWaveAndAProgram() {
        admin.get("/hr/staff?lang=fr", "fr");
        String bad = "email,name,team\nann@example.com,Ann,Sales\nnot-an-email,Bob,Sales\nann@example.com,Ann again,Ops\n";

        HttpResponse<String> preview = upload(bad);
        assertEquals(HttpStatus.BAD_REQUEST, preview.getStatus());
        assertTrue(preview.body().contains("«\u00a0not-an-email\u00a0» n’est pas une adresse e-mail valide."),
                preview.body());
        assertTrue(preview.body().contains("«\u00a0ann@example.com\u00a0» figure déjà à la ligne 2."), preview.body());

        HttpResponse<String> program = admin.post("/hr/programs", Map.of("name", "Baromètre", "openDays", "0"));
        assertEquals(HttpStatus.BAD_REQUEST, program.getStatus());
        assertTrue(program.body().contains("Les jours d’ouverture doivent être entre 1 et 60 (reçu\u00a0: 0)."),
                program.body());

        Object wave = api.createWave("2026-Q4", 5).get("id");
        HttpResponse<String> close = admin.post("/hr/waves/" + wave + "/close", Map.of());
        assertEquals(HttpStatus.CONFLICT, close.getStatus());
        assertTrue(close.body().contains("La vague «\u00a02026-Q4\u00a0» est en brouillon\u00a0; seule une vague "
                + "ouverte peut être clôturée."), close.body());
    }

    @Test
    void theApiStillSaysTheStaffListsProblemsInEnglish() {
        HttpClientResponseException refused = BarometerApi.failure(() -> api.importCsv("email\nnot-an-email\n", false));
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        Map<?, ?> body = refused.getResponse().getBody(Map.class).orElseThrow();
        assertEquals("The file has 1 problem(s); nothing was imported. Fix the rows listed and upload it again.",
                body.get("message"));
        assertEquals(List.of(Map.of("line", 2, "column", "email", "message", "'not-an-email' is not a valid email address.")),
                body.get("errors"));
    }

    @Test
    void aStaffFileWithAQuoteLeftOpenIsRefusedWithItsLineAndWhatToFixInTheReadersLanguage() {
        String unclosed = "email,name\nann@example.com,Ann\n\nbob@example.com,\"Bob\ncarl@example.com,Carl\n";
        admin.get("/hr/staff?lang=fr", "fr");
        HttpResponse<String> french = upload(unclosed);
        assertEquals(HttpStatus.BAD_REQUEST, french.getStatus());
        assertTrue(french.body().contains("À partir de la ligne 4, le fichier ne peut pas être lu comme un CSV\u00a0: "
                + "un guillemet (&quot;) n’est pas fermé"), french.body());
        assertTrue(french.body().contains("doublez chaque guillemet qu’elle contient (&quot;&quot;)."), french.body());
        assertLibraryWordsAbsent(french.body());

        admin.get("/hr/staff?lang=en", "en");
        HttpResponse<String> english = upload("email,name\nann@example.com,\"Ann\" Lee\n");
        assertEquals(HttpStatus.BAD_REQUEST, english.getStatus());
        assertTrue(english.body().contains("From line 2 on, the file cannot be read as CSV: a quote (&quot;) is not "
                + "closed, or text follows a closing quote."), english.body());
        assertLibraryWordsAbsent(english.body());

        // The API says it in English, its one language, whatever the caller's: its own sentence, with the line.
        HttpClientResponseException refused = BarometerApi.failure(() -> api.retrieve(HttpRequest.POST(
                "/api/v1/employees/import", unclosed).contentType("text/csv").header(HttpHeaders.ACCEPT_LANGUAGE, "fr")));
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        Map<?, ?> body = refused.getResponse().getBody(Map.class).orElseThrow();
        Map<?, ?> error = (Map<?, ?>) ((List<?>) body.get("errors")).get(0);
        assertEquals(4, error.get("line"));
        assertTrue(((String) error.get("message")).startsWith("From line 4 on, the file cannot be read as CSV"), body.toString());
        assertLibraryWordsAbsent(body.toString());
    }

    @Test
    void aPageNumberThatIsNoNumberIsRefusedInTheDashboardInTheReadersLanguage() {
        Map<String, String> refusedQueries = Map.of("/hr/staff?status=all&page=abc", "page",
                "/hr/staff?page=-1", "page",
                "/hr/staff?created=abc&updated=0&deactivated=0", "created",
                "/hr/waves?done=opened&count=many", "count",
                "/hr/admin/audit?page=2.5", "page");
        refusedQueries.forEach((query, name) -> {
            HttpResponse<String> french = page(query, "fr");
            assertEquals(HttpStatus.BAD_REQUEST, french.getStatus(), query);
            assertTrue(french.getContentType().orElseThrow().matches(MediaType.TEXT_HTML_TYPE), query);
            assertTrue(french.body().contains("«\u00a0" + name + "\u00a0» doit être un nombre entier positif ou nul"),
                    french.body());
            assertTrue(french.body().contains("Cette page ne peut pas être affichée ainsi"), french.body());
            assertTrue(french.body().contains("id=\"signed-in-as\""), "in the dashboard's frame: " + query);
        });
        HttpResponse<String> english = page("/hr/staff?page=abc", "en");
        assertEquals(HttpStatus.BAD_REQUEST, english.getStatus());
        assertTrue(english.body().contains("&#39;page&#39; must be a whole number of 0 or more, such as 2"), english.body());
        assertTrue(english.body().contains("href=\"/hr/staff\""), "a way back to the page as it is: " + english.body());

        assertEquals(HttpStatus.OK, page("/hr/staff?page=0", "fr").getStatus());
        assertEquals(HttpStatus.OK, page("/hr/admin/audit?page=1", "fr").getStatus());
        assertEquals(HttpStatus.OK, page("/hr/waves?done=opened&count=3", "fr").getStatus());
    }

    @Test
    void aCustomQuestionSetWithMistakesIsRefusedWithEachProblemInTheReadersLanguage() {
        admin.get("/hr/waves?lang=fr", "fr");
        assertTrue(admin.get("/hr/waves", "fr").contains("<option value=\"broken\">broken</option>"),
                "a set with a problem is listed by its key, so choosing it says what is wrong");
        HttpResponse<String> french = admin.post("/hr/waves", Map.of("label", "2026-Q4", "template", "broken"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, french.getStatus());
        assertTrue(french.body().contains("Le questionnaire «\u00a0broken\u00a0» n’est pas valide\u00a0: broken.yml\u00a0: "
                + "question «\u00a0q1\u00a0»\u00a0: scale\u00a0: min doit valoir 0 ou 1 (reçu\u00a0: 2)\u00a0; "
                + "broken.yml\u00a0: question «\u00a0q2\u00a0»\u00a0: la polarité «\u00a0BAD\u00a0» doit être POSITIVE "
                + "ou NEGATIVE"), french.body());
        HttpResponse<String> program = admin.post("/hr/programs", Map.of("name", "Baromètre", "template", "broken"));
        assertEquals(HttpStatus.BAD_REQUEST, program.getStatus());
        assertTrue(program.body().contains("la polarité «\u00a0BAD\u00a0» doit être POSITIVE ou NEGATIVE"), program.body());

        admin.get("/hr/waves?lang=en", "en");
        HttpResponse<String> english = admin.post("/hr/waves", Map.of("label", "2026-Q4", "template", "broken"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, english.getStatus());
        assertTrue(english.body().contains("Template &#39;broken&#39; is invalid: broken.yml: question &#39;q1&#39;: scale: "
                + "min must be 0 or 1 (was 2); broken.yml: question &#39;q2&#39;: polarity &#39;BAD&#39; must be POSITIVE "
                + "or NEGATIVE"), english.body());

        HttpClientResponseException json = BarometerApi.failure(() -> api.retrieve(HttpRequest.POST("/api/v1/waves",
                Map.of("label", "2026-Q4", "template", "broken")).header(HttpHeaders.ACCEPT_LANGUAGE, "fr")));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, json.getStatus());
        Map<?, ?> body = json.getResponse().getBody(Map.class).orElseThrow();
        assertEquals(List.of("broken.yml: question 'q1': scale: min must be 0 or 1 (was 2)",
                "broken.yml: question 'q2': polarity 'BAD' must be POSITIVE or NEGATIVE"), body.get("errors"));
        assertTrue(((String) body.get("message")).startsWith("Template 'broken' is invalid: broken.yml: question 'q1'"),
                body.toString());
    }

    private static void assertLibraryWordsAbsent(String text) {
        for (String word : List.of("EOF", "encapsulated", "startline", "Invalid char", "CSVException")) {
            assertTrue(!text.contains(word), "Commons CSV's own words (" + word + ") reach the reader: " + text);
        }
    }

    @Test
    void aRefusedFormMarksEachWrongFieldAndNamesItsHintAndItsError() {
        HttpResponse<String> wave = admin.post("/hr/waves", Map.of("label", "2026-Q4", "threshold", "2"));
        assertEquals(HttpStatus.BAD_REQUEST, wave.getStatus());
        String threshold = input(wave.body(), "threshold");
        assertTrue(threshold.contains("aria-describedby=\"threshold-hint threshold-error\""), threshold);
        assertTrue(threshold.contains("aria-invalid=\"true\""), threshold);
        assertTrue(wave.body().contains("<span id=\"threshold-error\" class=\"field-error\">"), wave.body());
        String label = input(wave.body(), "label");
        assertTrue(label.contains("aria-describedby=\"label-hint\"") && !label.contains("aria-invalid"), label);
        assertTrue(wave.body().contains("<label for=\"threshold\">"), "each field keeps its label");

        HttpResponse<String> program = admin.post("/hr/programs", Map.of("name", "Barometer", "openDays", "0"));
        assertEquals(HttpStatus.BAD_REQUEST, program.getStatus());
        String openDays = input(program.body(), "openDays");
        assertTrue(openDays.contains("aria-describedby=\"openDays-error\"") && openDays.contains("aria-invalid=\"true\""),
                openDays);
        assertTrue(program.body().contains("<span id=\"openDays-error\" class=\"field-error\">openDays must be between 1 and 60"),
                program.body());
        assertTrue(!input(program.body(), "name").contains("aria-invalid"), "a right field is not marked");
    }

    /** The {@code <input>} tag of id {@code id}. */
    private static String input(String html, String id) {
        Matcher m = Pattern.compile("<input[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertTrue(m.find(), "no input " + id + " in " + html);
        return m.group();
    }

    private HttpResponse<String> upload(String csv) {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", "staff.csv", MediaType.of("text/csv"), csv.getBytes(StandardCharsets.UTF_8))
                .addPart("deactivateMissing", "false").addPart("csrfToken", admin.csrfToken()).build();
        return admin.exchange(HttpRequest.POST("/hr/staff/preview", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private HttpResponse<String> page(String path, String language) {
        return admin.exchange(HttpRequest.GET(path).header(HttpHeaders.ACCEPT_LANGUAGE, language));
    }
}
