package org.barometer.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barometer.analytics.chart.ChartTexts;
import org.barometer.analytics.findings.Finding;
import org.barometer.templates.TemplateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report as a director reads it, on generated organisations with the findings computed from
 * their answers: the first page alone, the page count, headings that never stand alone at the foot
 * of a page, two questions a page, and every mean with its scale and direction.
 */
class ReportLayoutTest {

    private static final LeadershipReport REPORT = new LeadershipReport(TemplateSource.classpathOnly());
    private static final Pattern FOOTER = Pattern.compile("\\d+ / \\d+");

    @ParameterizedTest(name = "{0} teams in {1}: at most {2} pages")
    @CsvSource({"12, fr, 6", "12, en, 6", "50, fr, 8", "50, en, 8"})
    void aReportFitsItsPages(int teams, String lang, int most) {
        int pages = PdfText.pages(REPORT.pdf(GeneratedOrganisation.of(teams, lang, 7), lang));

        assertTrue(pages <= most, teams + " teams in " + lang + ": " + pages + " pages");
    }

    @ParameterizedTest(name = "first page in {0}")
    @ValueSource(strings = {"fr", "en"})
    void theFirstPageIsTheSummaryWithTheIndexAndTheTopFindings(String lang) {
        ReportInput input = GeneratedOrganisation.of(12, lang, 7);
        ChartTexts texts = ChartTexts.of(TemplateSource.classpathOnly(), lang);
        List<String> pages = PdfText.pages(REPORT.pdf(input, lang), false);
        String first = PdfText.flat(pages.get(0));

        assertTrue(first.contains(texts.text("summary.findings.title")), first);
        assertTrue(first.matches(".*" + ("fr".equals(lang) ? "Indice de bien-être : \\d+ sur 100" : "Well-being index: \\d+ out of 100") + ".*"), first);
        ReportInput.Group org = input.current().organisation();
        String rate = texts.number(100.0 * org.responded() / org.invited(), 0);
        assertTrue(first.contains(PdfText.flat(texts.text("summary.participation", org.invited(), org.responded(), rate))), first);
        List<Finding> all = input.conclusions().findings().findings();
        List<Finding> top = all.stream().filter(f -> f.kind() != Finding.Kind.PRIORITY && f.kind() != Finding.Kind.STRENGTH)
                .limit(3).toList();
        assertEquals(3, top.size(), "the generated organisation has clear findings");
        ReportFindings findings = new ReportFindings(input, lang);
        for (Finding f : top) {
            assertTrue(first.contains(PdfText.flat(findings.sentence(f))), findings.sentence(f) + " in:\n" + first);
        }
        Finding priority = all.stream().filter(f -> f.kind() == Finding.Kind.PRIORITY && f.segment().isEmpty()).findFirst().orElseThrow();
        assertTrue(first.contains(texts.text("summary.priorities.title")) && first.contains(PdfText.flat(findings.sentence(priority))), first);
        assertFalse(pages.get(1).contains(texts.text("summary.findings.title")), "the summary holds on one page");
    }

    @ParameterizedTest(name = "statistical terms in {0}")
    @ValueSource(strings = {"fr", "en"})
    void statisticalTermsLiveInTheMethodologyOnly(String lang) {
        List<String> pages = PdfText.pages(REPORT.pdf(GeneratedOrganisation.of(12, lang, 7), lang), false);
        // A line may break after a hyphen or a dash: read such words whole.
        String first = PdfText.flat(pages.get(0)).replaceAll("([-–]) ", "$1");
        String last = PdfText.flat(pages.get(pages.size() - 2) + pages.get(pages.size() - 1)).replaceAll("([-–]) ", "$1");

        List<String> terms = "fr".equals(lang)
                ? List.of("valeur q", "Benjamini–Hochberg", "odds proportionnels", "différence minimale importante, 0,25 point")
                : List.of("q-value", "Benjamini–Hochberg", "proportional-odds", "minimal important difference, 0.25 point");
        for (String term : terms) {
            assertTrue(last.contains(term), term + " in the methodology:\n" + last);
            assertFalse(first.contains(term.split(",")[0]), term + " on the summary page");
        }
    }

    @ParameterizedTest(name = "{0} teams")
    @ValueSource(ints = {12, 50})
    void noHeadingEndsAPageAndQuestionsShareTheirPages(int teams) {
        ReportInput input = GeneratedOrganisation.of(teams, "en", 7);
        ChartTexts texts = ChartTexts.of(TemplateSource.classpathOnly(), "en");
        List<String> headings = new ArrayList<>();
        texts.all().forEach((key, text) -> {
            if (key.startsWith("section.") || key.endsWith(".title") || key.startsWith("question.")) {
                headings.add(text);
            }
        });
        List<String> pages = PdfText.pages(REPORT.pdf(input, "en"), true);

        List<Integer> questionPages = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> lines = pages.get(p).lines().map(String::trim).filter(l -> !l.isEmpty() && !FOOTER.matcher(l).matches()).toList();
            String bottom = lines.get(lines.size() - 1);
            assertFalse(headings.contains(bottom), "page " + (p + 1) + " ends with the heading '" + bottom + "'");
            String page = PdfText.flat(pages.get(p));
            for (ReportInput.Question q : input.questions()) {
                int asked = page.indexOf(q.text());
                if (asked >= 0) {
                    assertTrue(page.indexOf("Means on 1–5", asked) > asked, q.key() + "'s section is whole on page " + (p + 1));
                    questionPages.add(p + 1);
                }
            }
        }
        assertEquals(6, questionPages.size(), "every question's section found whole: " + questionPages);
        assertEquals(2, questionPages.get(0), "the questions start on page 2");
        assertTrue(questionPages.get(5) <= 4, "six questions take at most three pages, two or more to a page: " + questionPages);
    }

    @ParameterizedTest(name = "means in {0}")
    @CsvSource(delimiter = ';', value = {
            "fr; Moyenne \\d,\\d\\d; sur \\d–\\d \\(plus haut est (mieux|moins bien)\\); 'Moyennes '",
            "en; Mean \\d\\.\\d\\d; on \\d–\\d \\(higher is (better|worse)\\); 'Means '"})
    void everyMeanSaysItsScaleAndDirection(String lang, String mean, String scale, String captionStart) {
        String text = PdfText.flat(PdfText.text(REPORT.pdf(GeneratedOrganisation.of(12, lang, 7), lang)));

        assertEquals(6, count(mean, text), "each question's mean:\n" + text);
        assertEquals(6, count(mean + " " + scale, text), "each question's mean with its scale and direction:\n" + text);
        assertEquals(6, count(captionStart + scale + "\\.", text), "each table of means with its scale and direction");
    }

    @Test
    void participationBarsEndAtAHundredPercentWithTheirLabelsBeside() {
        List<String> pages = PdfText.pages(REPORT.pdf(SampleReports.twoWaves(), "fr"), true);
        String page = pages.stream().filter(p -> p.contains("Taux de réponse (%)")).findFirst().orElseThrow();
        List<String> lines = page.lines().map(PdfText::flat).toList();

        assertTrue(lines.contains("0 10 20 30 40 50 60 70 80 90 100"), page);
        assertFalse(page.contains("110"), page);
        assertTrue(lines.contains("Ventes 20 / 22 (91 %)"), "the label on its bar's line: " + lines);
        assertTrue(lines.contains("Toute l’organisation 40 / 42 (95 %)"), lines.toString());
    }

    private static int count(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
