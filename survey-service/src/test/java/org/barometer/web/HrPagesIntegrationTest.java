package org.barometer.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import org.barometer.testing.Answers;
import org.barometer.testing.CleanDatabase;
import org.barometer.testing.HrPages;
import org.barometer.testing.HrUsers;
import org.barometer.testing.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HR pages over real HTTP, in English and French, for each role, with a seeded wave whose
 * small teams must stay hidden and whose hostile values (a script comment, a spreadsheet
 * formula as a team name) must stay inert.
 */
abstract class HrPagesIntegrationTest extends ServiceTest {

    static final String FORMULA_TEAM = "=HYPERLINK(\"http://evil.example\")";
    static final String SCRIPT_COMMENT = "<script>alert('boo')</script> Fewer meetings please";
    static final String VIEWER = "leader@test.example";

    private HrPages admin;

    @BeforeEach
    void signIn() {
        admin = HrPages.asAdmin(server.getURL());
        HrUsers.add(getProperties(), VIEWER, "VIEWER");
    }

    /**
     * Threshold 5: Sales 6 and the formula team 6 are shown; Tiny (2) is hidden, and Support (5)
     * with it: Tiny is too small to be stored with its team, and Support is the cheapest team to
     * store it with (the whole minus the visible teams gives the two together). Stress varies with
     * the person; every other answer is 3, so each small team answered those alike.
     */
    String seededWave() {
        api.importCsv(staff(), false);
        String wave = api.openedWave("2026-Q3", 5);
        api.awaitDelivered(wave, Duration.ofSeconds(30));
        Answers answers = Answers.from(api, Path.of(property("barometer.mail.dir")));
        for (int i = 1; i <= 6; i++) {
            answers.answer("sales-" + i + "@example.com", 1 + i % 5, i == 1 ? SCRIPT_COMMENT : null);
            answers.answer("link-" + i + "@example.com", 1 + (i + 2) % 5, null);
        }
        for (int i = 1; i <= 5; i++) {
            answers.answer("support-" + i + "@example.com", 3, "Support note " + i);
        }
        answers.answer("tiny-1@example.com", 1, "Tiny note");
        answers.answer("tiny-2@example.com", 1, null);
        return wave;
    }

    static String staff() {
        StringBuilder csv = new StringBuilder("email,name,locale,team\n");
        String quoted = "\"" + FORMULA_TEAM.replace("\"", "\"\"") + "\"";
        for (int i = 1; i <= 6; i++) {
            csv.append("sales-").append(i).append("@example.com,Sales ").append(i).append(",en,Sales\n");
            csv.append("link-").append(i).append("@example.com,Link ").append(i).append(",fr,").append(quoted).append('\n');
        }
        for (int i = 1; i <= 5; i++) {
            csv.append("support-").append(i).append("@example.com,Support ").append(i).append(",en,Support\n");
        }
        csv.append("tiny-1@example.com,Tiny 1,en,Tiny\ntiny-2@example.com,Tiny 2,en,Tiny\n");
        return csv.toString();
    }

    @Test
    void theOverviewOfAnOpenWaveShowsParticipationOnlyAndWhyEachTeamIsHidden() {
        seededWave();

        String page = admin.get("/hr", "en-GB,en;q=0.9");

        assertTrue(page.contains("<html lang=\"en\">"), "English page");
        assertTrue(page.contains("19 of 19 people answered (100%)"), page);
        assertTrue(page.contains("<th scope=\"row\">Sales</th>"));
        assertTrue(page.contains("hidden: fewer than 5 answers"), "Tiny is hidden for its size");
        assertTrue(page.contains("hidden so that a smaller group cannot be deduced"), "Support, for Tiny's sake");
        assertTrue(page.contains("This wave is still open"), page);
        assertFalse(page.contains("Well-being index"), "no figure of answers while the wave is open");
        assertFalse(page.contains("Tiny note"));
        assertTrue(page.contains("href=\"/hr/staff\""), "HR may manage staff");
    }

    @Test
    void theOverviewOfAClosedWaveShowsItsFiguresAndWhatIsWithheldInBothLanguages() {
        api.closeWave(seededWave());

        String english = admin.get("/hr", "en");
        String french = admin.get("/hr", "fr");

        assertTrue(english.contains("Well-being index"));
        assertTrue(english.contains("no earlier wave to compare"), "a first wave has no verdict");
        assertTrue(french.contains("masqué pour qu’un groupe plus petit ne puisse pas être déduit"), french);
        assertTrue(french.contains("masqué\u00a0: moins de 5 réponses"), french);
        String heatmap = admin.get("/hr/heatmap?by=team", "en");
        assertTrue(heatmap.contains("everyone answered alike, outside the favourable side"),
                "six of Sales all answered 3 to clarity (under 2k = 10): " + heatmap);
        assertTrue(admin.get("/hr/heatmap?by=team", "fr").contains("tout le monde a répondu de la même façon"));
    }

    /**
     * After a wave where everyone answered stress 1, the seeded wave's stress (1 to 5) is worse
     * for the organisation: the overview opens with that finding, a sentence with its evidence
     * linking to the trend, in English and French.
     */
    @Test
    void theOverviewOpensWithTheWavesFindingsLinkingToTheirTrendInBothLanguages() {
        api.importCsv(staff(), false);
        String before = api.openedWave("2026-Q2", 5);
        api.awaitDelivered(before, Duration.ofSeconds(30));
        Answers answers = Answers.from(api, Path.of(property("barometer.mail.dir")));
        for (String team : List.of("sales", "link")) {
            for (int i = 1; i <= 6; i++) {
                answers.answer(team + "-" + i + "@example.com", 1, null);
            }
        }
        for (int i = 1; i <= 5; i++) {
            answers.answer("support-" + i + "@example.com", 1, null);
        }
        api.closeWave(before);
        CleanDatabase.emptyFolder(Path.of(property("barometer.mail.dir")));
        String wave = seededWave();
        api.closeWave(wave);

        String english = admin.get("/hr", "en");
        String french = admin.get("/hr", "fr");

        assertTrue(english.contains("What changed, and where"), english);
        assertTrue(english.contains("Stress: worse across the organisation since 2026-Q2, from 1.00 to "), english);
        assertTrue(english.contains("href=\"/hr/trends?wave=" + wave + "&amp;question=stress\""), english);
        assertTrue(english.indexOf("What changed, and where") < english.indexOf("Participation"), "findings first");
        assertTrue(english.contains("on 1–5 (higher is worse)"), "every mean says its scale and direction");
        assertTrue(french.contains("Le stress\u00a0: moins bien dans l’organisation depuis 2026-Q2, de 1,00 à "), french);
        assertTrue(french.contains("sur 1–5 (plus haut est moins bien)"));
    }

    @Test
    void theLanguageComesFromTheBrowserAndTheSwitchIsRemembered() {
        seededWave();

        assertTrue(admin.get("/hr", "fr-FR,fr;q=0.9").contains("Vue d’ensemble"), "French browser");

        HttpResponse<String> switched = admin.exchange(HttpRequest.GET("/hr/heatmap?lang=fr").header("Accept-Language", "en"));
        assertTrue(switched.body().contains("<html lang=\"fr\">"));
        String cookie = switched.getHeaders().getAll("Set-Cookie").stream()
                .filter(c -> c.startsWith("barometer_lang=")).findFirst().orElseThrow();
        assertTrue(cookie.startsWith("barometer_lang=fr"), cookie);
        assertTrue(cookie.contains("HTTPOnly") || cookie.contains("HttpOnly"), cookie);

        String next = admin.get("/hr/trends", "en");
        assertTrue(next.contains("Tendances"), "the remembered choice wins over the browser");
        assertTrue(next.contains("href=\"/hr/trends?lang=en\""), "the switch leads back to English");
    }

    @Test
    void aViewerReadsResultsButCannotReachStaffOrWaves() {
        String wave = seededWave();
        HrPages viewer = HrPages.as(server.getURL(), VIEWER, HrUsers.PASSWORD);

        String overview = viewer.get("/hr", "en");
        assertTrue(overview.contains("href=\"/hr/trends\""));
        assertFalse(overview.contains("href=\"/hr/staff\""), "no staff link for a viewer");
        assertFalse(overview.contains("href=\"/hr/waves\""), "no waves link for a viewer");
        assertEquals(403, viewer.exchange(HttpRequest.GET("/hr/staff")).code());
        assertEquals(403, viewer.exchange(HttpRequest.GET("/hr/waves")).code());
        assertEquals(403, viewer.post("/hr/waves/" + wave + "/close", Map.of()).code(), "refused for the role");
        assertEquals("OPEN", api.wave(wave).get("status"), "the wave stayed open");
        api.closeWave(wave);
        assertEquals(200, viewer.exchange(HttpRequest.GET("/api/v1/waves/" + wave + "/results.csv?by=team")
                .accept("text/csv")).code());
    }

    @Test
    void aScriptInACommentAndAFormulaInATeamNameAreShownAsPlainText() {
        String wave = seededWave();
        api.closeWave(wave);

        String comments = admin.get("/hr/comments?by=team&wave=" + wave, "en");
        assertTrue(comments.contains("&lt;script&gt;alert(&#39;boo&#39;)&lt;/script&gt; Fewer meetings please"), comments);
        assertFalse(comments.contains("<script>"));
        assertFalse(comments.contains("Tiny note"), "a hidden team's comments never show");
        assertFalse(comments.contains("Support note"), "nor those of a team hidden to protect it");

        String heatmap = admin.get("/hr/heatmap?by=team&wave=" + wave, "en");
        assertTrue(heatmap.contains("=HYPERLINK(&quot;http://evil.example&quot;)"), "the formula is text");
        assertFalse(heatmap.contains("href=\"http://evil.example"));
    }

    @Test
    void theResultsCsvHoldsAggregatesMarksHiddenTeamsAndDefusesFormulas() {
        String wave = seededWave();
        assertEquals(HttpStatus.CONFLICT, admin.exchange(HttpRequest.GET("/api/v1/waves/" + wave + "/results.csv?by=team")
                .accept("text/csv")).getStatus(), "an open wave has no results to export");
        api.closeWave(wave);

        HttpResponse<String> response = admin.exchange(HttpRequest.GET("/api/v1/waves/" + wave + "/results.csv?by=team")
                .accept("text/csv"));

        assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/csv"));
        assertTrue(response.header("Content-Disposition").contains("results-2026-Q3-by-team.csv"));
        List<String> lines = response.body().lines().toList();
        assertEquals("\uFEFFwave,segment_attribute,segment_value,suppressed,invited,responded,question,n,mean,sd,"
                + "median,ci95_low,ci95_high,favorable,favorable_ci95_low,favorable_ci95_high,distribution,withheld", lines.get(0));
        assertTrue(lines.contains("2026-Q3,team,Tiny,true,,,,,,,,,,,,,,fewer-than-k"), "Tiny is marked hidden, without any figure");
        assertTrue(lines.contains("2026-Q3,team,Support,true,,,,,,,,,,,,,,protects-smaller"), "Support is hidden to protect Tiny");
        // Sales' stress, person i: 1 + i % 5 → 2,3,4,5,1,2: mean 17/6 = 2.8333, median (2+3)/2.
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("2026-Q3,team,Sales,false,6,6,stress,6,2.8333,")
                && l.contains(",2.5000,")), "Sales' stress: " + lines);
        assertTrue(lines.contains("2026-Q3,team,Sales,false,6,6,clarity,6,,,,,,,,,,alike-unfavourable"),
                "six answers of 3 to clarity are withheld: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("2026-Q3,team,\"'=HYPERLINK(\"\"http://evil.example\"\")\",false,6,6,")),
                "the formula team is prefixed with an apostrophe: " + lines);
        assertFalse(response.body().contains(",=HYPERLINK") || response.body().contains(",\"=HYPERLINK"));
        assertFalse(response.body().contains("Tiny note"), "aggregates only");
    }

    @Test
    void anUploadedStaffListIsPreviewedWithItsRowErrorsBeforeAnythingIsWritten() {
        String bad = "email,name,team\nann@example.com,Ann,Sales\nnot-an-email,Bob,Sales\nann@example.com,Ann again,Ops\n";

        HttpResponse<String> preview = upload(bad);

        assertEquals(HttpStatus.BAD_REQUEST, preview.getStatus());
        assertTrue(preview.body().contains("2 problems in the file"), preview.body());
        assertTrue(preview.body().contains("<td>3</td>") && preview.body().contains("is not a valid email address"));
        assertTrue(preview.body().contains("already appears on line 2"));
        assertFalse(preview.body().contains("confirm-import"), "nothing to confirm");
        assertEquals(0, ((Number) api.retrieve(HttpRequest.GET("/api/v1/employees")).get("total")).intValue());

        String good = "email,name,team\nann@example.com,Ann,Sales\nbob@example.com,Bob,Sales\n";
        HttpResponse<String> checked = upload(good);
        assertEquals(HttpStatus.OK, checked.getStatus());
        assertTrue(checked.body().contains("2 new people will be added"));
        assertEquals(0, ((Number) api.retrieve(HttpRequest.GET("/api/v1/employees")).get("total")).intValue(),
                "a preview writes nothing");

        HttpResponse<String> imported = admin.post("/hr/staff/import", Map.of("csv", good, "deactivateMissing", "false"));
        assertEquals(HttpStatus.SEE_OTHER, imported.getStatus());
        assertEquals(2, ((Number) api.retrieve(HttpRequest.GET("/api/v1/employees")).get("total")).intValue());
        String list = admin.get(imported.header("Location"), "fr");
        assertTrue(list.contains("Liste importée\u00a0: 2 ajoutés, 0 mis à jour, 0 désactivés."), list);
        assertTrue(admin.get("/hr/staff?team=Sales&q=bob", "en").contains("bob@example.com"));
        assertFalse(admin.get("/hr/staff?team=Sales&q=bob", "en").contains("ann@example.com"));
    }

    @Test
    void aWaveIsCreatedOpenedAndClosedFromTheWavesPage() {
        api.importCsv(staff(), false);

        HttpResponse<String> refused = admin.post("/hr/waves", Map.of("label", " ", "threshold", "2"));
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        assertTrue(refused.body().contains("Give the wave a label"));

        HttpResponse<String> created = admin.post("/hr/waves", Map.of("label", "2026-Q4", "template", "wellbeing-barometer",
                "threshold", "5", "closesOn", "2099-12-31"));
        assertEquals("/hr/waves?done=created&count=0", created.header("Location"));
        String id = (String) api.http().retrieve(HttpRequest.GET("/api/v1/waves").bearerAuth(api.login()),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0).get("id");

        HttpResponse<String> opened = admin.post("/hr/waves/" + id + "/open", Map.of());
        assertEquals("/hr/waves?done=opened&count=19", opened.header("Location"));
        String page = admin.get(opened.header("Location"), "en");
        assertTrue(page.contains("Wave opened: 19 people invited."), page);
        // Let the emails go out, so none lands in the next test's outbox.
        api.awaitDelivered(id, Duration.ofSeconds(30));

        HttpResponse<String> again = admin.post("/hr/waves/" + id + "/open", Map.of());
        assertEquals(HttpStatus.CONFLICT, again.getStatus());
        assertTrue(again.body().contains("This action was refused"));

        assertEquals("/hr/waves?done=closed&count=0", admin.post("/hr/waves/" + id + "/close", Map.of()).header("Location"));
        assertEquals("CLOSED", api.wave(id).get("status"));
    }

    @Test
    void aProgramIsCreatedRefusedWithTheReasonPausedAndResumedFromTheProgramsPage() {
        HttpResponse<String> refused = admin.post("/hr/programs", Map.of("name", "Quarterly barometer",
                "openDays", "0", "reminderDays", "3"));
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        assertTrue(refused.body().contains("The settings were refused"));
        assertTrue(refused.body().contains("openDays must be between 1 and"), refused.body());
        assertEquals(0, programs().size(), "nothing created");

        HttpResponse<String> created = admin.post("/hr/programs", Map.of("name", "Quarterly barometer",
                "template", "wellbeing-barometer", "openOn", "FIRST_MONDAY", "openDays", "14", "reminderDays", "3, 7",
                "anonymityThreshold", "5"));
        assertEquals("/hr/programs?done=created", created.header("Location"));
        Map<String, Object> program = programs().get(0);
        assertEquals(List.of(3, 7), program.get("reminderDays"));
        String page = admin.get("/hr/programs", "en");
        assertTrue(page.contains("Quarterly barometer") && page.contains("on days 3, 7 after the opening"), page);

        String id = (String) program.get("id");
        assertEquals("/hr/programs?done=paused", admin.post("/hr/programs/" + id + "/pause", Map.of()).header("Location"));
        assertEquals("PAUSED", programs().get(0).get("status"));
        admin.post("/hr/programs/" + id, Map.of("name", "Barometer", "openDays", "10", "reminderDays", ""));
        assertEquals("Barometer", programs().get(0).get("name"));
        assertEquals(10, ((Number) programs().get(0).get("openDays")).intValue());
        assertEquals("/hr/programs?done=resumed", admin.post("/hr/programs/" + id + "/resume", Map.of()).header("Location"));
        assertEquals("ACTIVE", programs().get(0).get("status"));
    }

    private List<Map<String, Object>> programs() {
        return api.http().retrieve(HttpRequest.GET("/api/v1/programs").bearerAuth(api.login()),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    @Test
    void trendsHeatmapAndDistributionShowTheChartAndTheSameFiguresAsATable() {
        String wave = seededWave();
        api.closeWave(wave);

        String trends = admin.get("/hr/trends?question=stress&by=team", "en");
        assertTrue(trends.contains("src=\"/api/v1/charts/trend.png?template=wellbeing-barometer&amp;question=stress&amp;by=team"), trends);
        assertTrue(trends.contains("Groups hidden in 2026-Q3"));
        assertTrue(trends.contains("<span class=\"mean\">2.83</span>"), "Sales' mean stress in the table: 17/6");
        assertTrue(trends.contains("<span class=\"scale\">on 1–5 (higher is worse)</span>"), "the mean's scale and direction");
        assertTrue(trends.contains("no clear trend"), "one closed wave: no trend yet");

        String heatmap = admin.get("/hr/heatmap", "fr");
        assertTrue(heatmap.contains("src=\"/api/v1/charts/heatmap.png?wave=" + wave));
        assertTrue(heatmap.contains("masqué\u00a0: moins de 5 réponses"));
        assertTrue(heatmap.contains("<span class=\"mean\">2,83</span>"), "French decimals");
        assertTrue(heatmap.contains("sur 1–5 (plus haut est moins bien)"), "each column's scale and direction");

        String distribution = admin.get("/hr/distribution", "en");
        assertTrue(distribution.contains("src=\"/api/v1/charts/distribution.png?wave=" + wave));
        assertTrue(distribution.contains("Favourable answers"));
    }

    private HttpResponse<String> upload(String csv) {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", "staff.csv", MediaType.of("text/csv"), csv.getBytes(StandardCharsets.UTF_8))
                .addPart("deactivateMissing", "false").addPart("csrfToken", admin.csrfToken()).build();
        return admin.exchange(HttpRequest.POST("/hr/staff/preview", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .header("Accept-Language", "en"));
    }
}
