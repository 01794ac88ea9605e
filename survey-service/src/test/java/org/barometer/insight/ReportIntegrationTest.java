package org.barometer.insight;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.ServiceTest;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The leadership report over real HTTP, from answers submitted with real links, read back with
 * PDFBox, on the waves of {@link SeededWaves}: Tiny (3) is below k, Legal hidden to protect it. An
 * open wave has no report (its answers are published at closing).
 */
abstract class ReportIntegrationTest extends ServiceTest {

    private BlockingHttpClient patient;

    SeededWaves seeded() {
        return new SeededWaves(api, Path.of(property("barometer.mail.dir")));
    }

    @Test
    void reportHasItsSectionsInBothLanguagesEmbedsItsFontsAndNeverShowsTheTeamOfThree() throws IOException {
        String waveId = seeded().twoWaves();

        HttpResponse<byte[]> french = pdf(waveId, "lang=fr");
        byte[] english = pdf(waveId, "lang=en").body();

        assertEquals(MediaType.APPLICATION_PDF, french.getContentType().orElseThrow().toString());
        assertTrue(french.header("Content-Disposition").contains("barometer-2026-Q3-fr.pdf"));
        String fr = text(french.body());
        for (String heading : List.of("Baromètre du bien-être : rapport de direction", "Ce qui ressort de cette vague",
                "Question par question", "Équipes × questions", "Participation", "Méthode et anonymat",
                "Moyennes sur 1–5 (plus haut est moins bien).", "Sales 2,00 5,00 +3,00")) {
            assertTrue(fr.contains(heading), heading + " in: " + fr);
        }
        String en = text(english);
        for (String heading : List.of("Well-being barometer: leadership report", "What stands out this wave",
                "Question by question", "Teams × questions", "Participation", "Methodology and anonymity",
                "Means on 1–5 (higher is worse).", "Sales 2.00 5.00 +3.00")) {
            assertTrue(en.contains(heading), heading + " in: " + en);
        }
        for (byte[] pdf : List.of(french.body(), english)) {
            assertTrue(fontsNotEmbedded(pdf).isEmpty(), "not embedded: " + fontsNotEmbedded(pdf));
            for (String line : lines(pdf)) {
                if (line.contains("Tiny") || line.contains("Legal")) {
                    assertFalse(line.matches(".*\\d.*"), "a hidden team appears with a figure: " + line);
                }
            }
        }
    }

    @Test
    void aQuestionPageShowsItsChartsAndTheSameFiguresGiveTheSameHashEveryTime() throws IOException {
        String waveId = seeded().twoWaves();

        HttpResponse<byte[]> first = pdf(waveId, "lang=en");
        String hash = first.header(ReportController.CONTENT_HASH);
        String again = pdf(waveId, "lang=fr").header(ReportController.CONTENT_HASH);
        HttpResponse<byte[]> later = pdf(waveId, "lang=en");

        assertEquals(64, hash.length());
        assertEquals(hash, again, "same figures, other language: same hash");
        assertEquals(hash, later.header(ReportController.CONTENT_HASH), "the stored decision gives the same figures again");
        assertTrue(text(later.body()).contains(hash), "the appendix prints the hash");
        try (PDDocument document = Loader.loadPDF(first.body())) {
            assertTrue(colours(new PDFRenderer(document).renderImageWithDPI(1, 72)) > 30,
                    "the first questions' page draws their trend charts");
        }
    }

    @Test
    void commentsAreLeftOutUnlessAskedAndThenOnlyFromVisibleTeams() throws IOException {
        String waveId = seeded().closedWave("2026-Q2", 3);

        String without = text(pdf(waveId, "lang=en").body());
        String with = text(pdf(waveId, "lang=en&comments=true").body());

        assertFalse(without.contains("Sales note"));
        assertTrue(with.contains("Comments") && with.contains("Sales note"), with);
        assertFalse(with.contains("Tiny note"), "Tiny is below k");
        assertFalse(with.contains("Legal note"), "Legal is hidden to protect Tiny");
    }

    @Test
    void badReportRequestsAreRefusedClearly() {
        String waveId = seeded().wave("2026-Q2", 3);

        assertRefused(HttpStatus.BAD_REQUEST, "lang", () -> pdf(waveId, "lang=de"));
        assertRefused(HttpStatus.BAD_REQUEST, "by", () -> pdf(waveId, "by=Team%3Bdrop"));
        assertRefused(HttpStatus.BAD_REQUEST, "comments", () -> pdf(waveId, "comments=maybe"));
        assertRefused(HttpStatus.NOT_FOUND, "wave", () -> pdf("00000000-0000-0000-0000-000000000000", "lang=en"));
        assertEquals(HttpStatus.UNAUTHORIZED, BarometerApi.failure(() -> api.http().exchange(
                HttpRequest.GET("/api/v1/waves/" + waveId + "/report.pdf"), byte[].class)).getStatus());
        assertRefused(HttpStatus.CONFLICT, "still open", () -> pdf(waveId, "lang=en"));
    }

    // --- seeding and reading -------------------------------------------------------------------

    /**
     * A report takes a second or two; on a machine shared by several builds it can pass the
     * client's default 10 s read timeout, which is not what these tests are about.
     */
    HttpResponse<byte[]> pdf(String waveId, String query) {
        return patient().exchange(HttpRequest.GET("/api/v1/waves/" + waveId + "/report.pdf?" + query)
                .bearerAuth(api.login()), byte[].class);
    }

    BlockingHttpClient patient() {
        if (patient == null) {
            DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
            configuration.setReadTimeout(Duration.ofSeconds(60));
            patient = HttpClient.create(server.getURL(), configuration).toBlocking();
        }
        return patient;
    }

    static void assertRefused(HttpStatus status, String named, Runnable call) {
        HttpClientResponseException e = BarometerApi.failure(call);
        assertEquals(status, e.getStatus());
        String body = e.getResponse().getBody(String.class).orElse("");
        assertTrue(body.contains("message") && body.contains(named), body);
    }

    /** The PDF's text with runs of white space (no-break ones included) made one space. */
    static String text(byte[] pdf) throws IOException {
        return String.join(" ", lines(pdf)).replaceAll("[\\s\u00a0]+", " ");
    }

    static List<String> lines(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return List.of(new PDFTextStripper().getText(document).split("\\R"));
        }
    }

    static List<String> fontsNotEmbedded(byte[] pdf) throws IOException {
        List<String> missing = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    if (!page.getResources().getFont(name).isEmbedded()) {
                        missing.add(page.getResources().getFont(name).getName());
                    }
                }
            }
        }
        return missing;
    }

    static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
