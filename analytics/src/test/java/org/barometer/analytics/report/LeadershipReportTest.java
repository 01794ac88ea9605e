package org.barometer.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.barometer.templates.TemplateSource;
import org.junit.jupiter.api.Test;

class LeadershipReportTest {

    private static final LeadershipReport REPORT = new LeadershipReport(TemplateSource.classpathOnly());

    @Test
    void frenchReportHasItsSectionsAndAccents() throws Exception {
        byte[] pdf = REPORT.pdf(SampleReports.twoWaves(), "fr");
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "barometer-report-fr.pdf"), pdf);

        String text = PdfText.text(pdf).replaceAll("[\\s\u00a0]+", " ");

        for (String heading : List.of("Baromètre du bien-être : rapport de direction", "Sommaire", "Synthèse",
                "Question par question", "Équipes × questions", "Équipes à suivre", "Méthode et anonymat",
                "Société Exemple", "2026-T2")) {
            assertTrue(text.contains(heading), heading + " in:\n" + text);
        }
        assertTrue(text.contains("1 juillet 2026"), "date in French");
        assertTrue(PdfText.fontsNotEmbedded(pdf).isEmpty(), "fonts not embedded: " + PdfText.fontsNotEmbedded(pdf));
    }

    @Test
    void englishReportHasItsSections() {
        String text = PdfText.text(REPORT.pdf(SampleReports.twoWaves(), "en")).replaceAll("[\\s\u00a0]+", " ");

        for (String heading : List.of("Well-being barometer: leadership report", "Contents", "Summary",
                "Question by question", "Teams × questions", "Teams needing attention", "Methodology and anonymity")) {
            assertTrue(text.contains(heading), heading + " in:\n" + text);
        }
    }

    @Test
    void summaryNamesTheRealChangesAndWhatIsStable() {
        String text = PdfText.text(REPORT.pdf(SampleReports.twoWaves(), "en")).replaceAll("[\\s\u00a0]+", " ");

        assertTrue(text.contains("Changes that are statistically real"), text);
        assertTrue(text.contains("Ventes, Stress: worsened, mean 2.0 → 4.8 (+2.8), effect size δ = +1.00, q < 0.001."), text);
        assertTrue(text.contains("Stable across the organisation"), text);
    }

    @Test
    void aTeamThatWorsenedOnTwoQuestionsNeedsAttention() {
        ReportView view = ReportComposer.compose(SampleReports.twoWaves(),
                org.barometer.analytics.chart.ChartTexts.of(TemplateSource.classpathOnly(), "en"), new ChartObjects());

        assertEquals(List.of("Ventes"), view.attention().teams().stream().map(ReportView.Flagged::group).toList());
        assertTrue(view.attention().teams().get(0).reasons().get(0).startsWith("Real worsening on"));
    }

    @Test
    void aHiddenTeamIsNamedButNeverShownWithFigures() {
        ReportInput input = SampleReports.twoWaves();
        String text = PdfText.text(REPORT.pdf(input, "en"));

        assertTrue(text.contains("Tiny"), "named in the heatmap, greyed");
        for (String line : text.split("\n")) {
            if (line.contains("Tiny")) {
                assertFalse(line.matches(".*\\d.*"), "a line naming Tiny has a figure: " + line);
            }
        }
        assertTrue(text.replaceAll("[\\s\u00a0]+", " ").contains("Hidden cells (group × question) in the reported wave: 3, that is 1 × 3"), text);
    }

    @Test
    void aWaveUnderTheThresholdShowsNoFigureAnywhere() {
        String text = PdfText.text(REPORT.pdf(SampleReports.tooFewAnswers(), "en")).replaceAll("[\\s\u00a0]+", " ");

        assertTrue(text.contains("Fewer than 5 people answered: the index and every figure stay hidden."), text);
        assertTrue(text.contains("Fewer than 5 answers across the organisation: no figure is shown."), text);
        assertTrue(text.contains("2026-T1 fewer than 5 fewer than 5"), "response counts hidden too: " + text);
    }

    @Test
    void firstWaveSaysChangesComeLater() {
        String text = PdfText.text(REPORT.pdf(SampleReports.firstWave(), "en"));

        assertTrue(text.contains("This is the first wave"), text);
    }

    @Test
    void sameFiguresGiveTheSameHashInEveryLanguageAndOtherFiguresAnother() {
        String hash = LeadershipReport.contentHash(SampleReports.twoWaves());

        assertEquals(hash, LeadershipReport.contentHash(SampleReports.twoWaves()));
        assertEquals(64, hash.length());
        assertTrue(PdfText.text(REPORT.pdf(SampleReports.twoWaves(), "fr")).contains(hash.substring(0, 16)));
        assertTrue(PdfText.text(REPORT.pdf(SampleReports.twoWaves(), "en")).contains(hash.substring(0, 16)));
        assertNotEquals(hash, LeadershipReport.contentHash(SampleReports.firstWave()));
    }

    @Test
    void theFindingsAreHashedWithTheFiguresTheyComeFrom() {
        ReportInput found = SampleReports.found(SampleReports.twoWaves());

        assertTrue(found.conclusions().findings().findings().size() > 0);
        assertNotEquals(LeadershipReport.contentHash(SampleReports.twoWaves()), LeadershipReport.contentHash(found));
        assertEquals(LeadershipReport.contentHash(found), LeadershipReport.contentHash(SampleReports.found(SampleReports.twoWaves())));
    }

    @Test
    void aRenderedChartPageIsNotBlank() {
        byte[] pdf = REPORT.pdf(SampleReports.twoWaves(), "fr");

        var page = PdfText.render(pdf, 2);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < page.getHeight(); y += 2) {
            for (int x = 0; x < page.getWidth(); x += 2) {
                colours.add(page.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 30, "charts drawn on the page: " + colours.size() + " colours");
    }

    @Test
    void theChartsWordsAreTextInThePdf() {
        String text = PdfText.text(REPORT.pdf(SampleReports.twoWaves(), "fr")).replaceAll("[\\s\u00a0]+", " ");

        for (String word : List.of("Taux de réponse (%)", "Stress : moyenne au fil des vagues", "Ventes 4,8 ▼ 2,0 ▼ 3,0",
                "Très défavorable")) {
            assertTrue(text.contains(word), word + " in:\n" + text);
        }
    }

    @Test
    void unknownLanguageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> REPORT.pdf(SampleReports.twoWaves(), "de"));
    }
}
