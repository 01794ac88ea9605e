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

        String text = PdfText.flat(PdfText.text(pdf));

        for (String heading : List.of("Baromètre du bien-être : rapport de direction", "Ce qui ressort de cette vague",
                "Question par question", "Équipes × questions", "Participation", "Méthode et anonymat",
                "Société Exemple", "2026-T2", "Résultats par équipe : 2 groupes montrés, 1 masqué pour protéger l’anonymat")) {
            assertTrue(text.contains(heading), heading + " in:\n" + text);
        }
        assertTrue(text.contains("1 juillet 2026"), "date in French");
        assertTrue(PdfText.fontsNotEmbedded(pdf).isEmpty(), "fonts not embedded: " + PdfText.fontsNotEmbedded(pdf));
    }

    @Test
    void englishReportHasItsSections() {
        String text = PdfText.flat(PdfText.text(REPORT.pdf(SampleReports.twoWaves(), "en")));

        for (String heading : List.of("Well-being barometer: leadership report", "What stands out this wave",
                "Question by question", "Teams × questions", "Participation", "Methodology and anonymity",
                "Results by team: 2 groups shown, 1 hidden")) {
            assertTrue(text.contains(heading), heading + " in:\n" + text);
        }
    }

    @Test
    void theSummaryTellsTheFindingsInPlainWords() {
        String first = PdfText.flat(PdfText.pages(REPORT.pdf(SampleReports.twoWaves(), "en"), false).get(0));

        assertTrue(first.contains("Well-being index: 33 out of 100, against 50 in 2026-T1 (−17)."), first);
        assertTrue(first.contains("Stress: worse in Ventes (team) since 2026-T1, from 2.00 to 4.75 on 1–5 (higher is worse)"), first);
        assertTrue(first.contains("Clarity of priorities: worse across the organisation since 2026-T1"), first);
    }

    @Test
    void withoutFindingsTheSummarySaysPlainlyThatNothingClearlyChanged() {
        ReportInput input = SampleReports.withoutFindings();

        String en = PdfText.flat(PdfText.pages(REPORT.pdf(input, "en"), false).get(0));
        String fr = PdfText.flat(PdfText.pages(REPORT.pdf(input, "fr"), false).get(0));

        assertTrue(en.contains("What stands out this wave No clear change this wave."), en);
        assertTrue(fr.contains("Ce qui ressort de cette vague Aucun changement net cette vague."), fr);
        assertFalse(en.contains("Where to act first"), "no priorities without findings");
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
        assertTrue(PdfText.flat(text).contains("Hidden cells (group × question) in the reported wave: 3, that is 1 × 3"), text);
    }

    @Test
    void aWaveUnderTheThresholdShowsNoFigureAnywhere() {
        String text = PdfText.flat(PdfText.text(REPORT.pdf(SampleReports.tooFewAnswers(), "en")));

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
    void sameFiguresGiveTheSameHashInEveryLanguageAndOtherFiguresOrFindingsAnother() {
        String hash = LeadershipReport.contentHash(SampleReports.twoWaves());

        assertEquals(hash, LeadershipReport.contentHash(SampleReports.twoWaves()));
        assertEquals(64, hash.length());
        assertTrue(PdfText.text(REPORT.pdf(SampleReports.twoWaves(), "fr")).contains(hash.substring(0, 16)));
        assertTrue(PdfText.text(REPORT.pdf(SampleReports.twoWaves(), "en")).contains(hash.substring(0, 16)));
        assertNotEquals(hash, LeadershipReport.contentHash(SampleReports.firstWave()));
        assertNotEquals(hash, LeadershipReport.contentHash(SampleReports.withoutFindings()), "the findings are hashed too");
    }

    @Test
    void aRenderedQuestionPageIsNotBlank() {
        byte[] pdf = REPORT.pdf(SampleReports.twoWaves(), "fr");

        var page = PdfText.render(pdf, 1);
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
        String text = PdfText.flat(PdfText.text(REPORT.pdf(SampleReports.twoWaves(), "fr")));

        for (String word : List.of("Taux de réponse (%)", "Zone ombrée : intervalle de confiance à 95 %",
                "Ventes 4,8 ▼ 2,0 ▼ 3,0", "Score de 0 (le pire) à 100 (le meilleur)")) {
            assertTrue(text.contains(word), word + " in:\n" + text);
        }
    }

    @Test
    void unknownLanguageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> REPORT.pdf(SampleReports.twoWaves(), "de"));
    }
}
