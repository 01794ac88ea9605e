package org.barometer.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import org.barometer.testing.HrPages;
import org.barometer.testing.HrUsers;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The overview's report form, as HR and as a viewer: language, breakdown (team unless chosen
 * otherwise) and comments (off, with a warning), and its plain GET downloads the PDF.
 */
abstract class HrPagesReportIntegrationTest extends ServiceTest {

    private static final Pattern ACTION = Pattern.compile("<form id=\"report-form\" method=\"get\" action=\"([^\"]+)\"");

    @Test
    void hrGetsTheReportFormInEnglishAndItsGetReturnsThePdf() {
        HrUsers.add(getProperties(), "hr-report@test.example", "HR");
        String wave = seededWave();
        HrPages hr = HrPages.as(server.getURL(), "hr-report@test.example", HrUsers.PASSWORD);

        String page = hr.get("/hr", "en");

        assertEquals("/api/v1/waves/" + wave + "/report.pdf", action(page));
        assertTrue(page.contains("<option value=\"en\" lang=\"en\" selected=\"selected\">English</option>"), page);
        assertTrue(page.contains("<option value=\"fr\" lang=\"fr\">Français</option>"));
        assertTrue(page.contains("<option value=\"team\" selected=\"selected\">team</option>"), "by team unless chosen");
        assertTrue(page.contains("<input type=\"checkbox\" id=\"report-comments\" name=\"comments\" value=\"true\" "
                + "aria-describedby=\"report-comments-note\">"), "comments are off by default");
        assertTrue(page.contains("Comments are employees’ own words"));
        assertTrue(page.contains("<script src=\"/static/report-download.js\" defer></script>"));
        assertPdf(hr, action(page) + "?lang=en&by=team");
        HttpResponse<String> refused = hr.exchange(HttpRequest.GET(action(page) + "?lang=de").accept("application/pdf"));
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        assertTrue(refused.body().contains("\"message\":"), "the script shows the server's reason: " + refused.body());
    }

    @Test
    void aViewerGetsTheFormInFrenchAndDownloadsTheReportWithoutGroups() {
        HrUsers.add(getProperties(), "viewer-report@test.example", "VIEWER");
        String wave = seededWave();
        HrPages viewer = HrPages.as(server.getURL(), "viewer-report@test.example", HrUsers.PASSWORD);

        String page = viewer.get("/hr", "fr");

        assertEquals("/api/v1/waves/" + wave + "/report.pdf", action(page));
        assertTrue(page.contains("<option value=\"fr\" lang=\"fr\" selected=\"selected\">Français</option>"));
        assertTrue(page.contains("Inclure un échantillon de commentaires"));
        assertTrue(page.contains("Télécharger le rapport"));
        assertFalse(page.contains("name=\"csrfToken\" value=\"\""), "a GET form carries no empty token");
        assertPdf(viewer, action(page) + "?lang=fr&by=");
    }

    /** A closed wave: the report form is offered once its answers are published. */
    private String seededWave() {
        api.importCsv(Staff.team("Sales", 6), false);
        String wave = api.openedWave("2026-Q4", 5);
        api.closeWave(wave);
        return wave;
    }

    private static String action(String page) {
        Matcher m = ACTION.matcher(page);
        assertTrue(m.find(), "the overview has the report form");
        return m.group(1);
    }

    /** As the page's script asks for it, and as the plain form does (a browser's usual Accept header). */
    private static void assertPdf(HrPages pages, String url) {
        assertTrue(pages.exchange(HttpRequest.GET(url).accept("application/pdf")).body().startsWith("%PDF-"));
        HttpResponse<String> pdf = pages.exchange(HttpRequest.GET(url));
        assertEquals(HttpStatus.OK, pdf.getStatus(), pdf.body());
        assertEquals("application/pdf", pdf.getContentType().orElseThrow().toString());
        assertTrue(pdf.body().startsWith("%PDF-"));
    }
}
