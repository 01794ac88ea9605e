package org.barometer.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.barometer.analytics.chart.ChartSize;
import org.barometer.analytics.chart.ChartTexts;
import org.barometer.analytics.chart.HeatmapChart;
import org.barometer.templates.TemplateSource;
import org.junit.jupiter.api.Test;

class ReportChartsTest {

    private static final ChartTexts ENGLISH = ChartTexts.of(TemplateSource.classpathOnly(), "en");

    @Test
    void heatmapArrowsAreTheFindingsOverTime() {
        ReportInput input = SampleReports.twoWaves();

        HeatmapChart.Data data = ReportCharts.heatmapData(ReportFigures.of(input), new ReportFindings(input, "en"),
                new Wording(ENGLISH));

        assertEquals(List.of("Ventes", "Support", "Tiny"), data.rows().stream().map(HeatmapChart.Row::group).toList());
        HeatmapChart.Cell salesStress = data.rows().get(0).cells().get(0);
        assertEquals(HeatmapChart.Arrow.WORSE, salesStress.arrow(), "more stress is a worsening");
        assertEquals(HeatmapChart.Arrow.NONE, data.rows().get(1).cells().get(0).arrow(), "Support did not move");
        assertEquals(List.of(HeatmapChart.Cell.hidden(), HeatmapChart.Cell.hidden(), HeatmapChart.Cell.hidden()),
                data.rows().get(2).cells());
    }

    @Test
    void everyArrowOfAGeneratedOrganisationIsOneOfItsFindingsAndEveryFindingOverTimeAnArrow() {
        ReportInput input = GeneratedOrganisation.of(12, "en", 7);

        HeatmapChart.Data data = ReportCharts.heatmapData(ReportFigures.of(input), new ReportFindings(input, "en"),
                new Wording(ENGLISH));

        int arrows = 0;
        for (HeatmapChart.Row row : data.rows()) {
            for (int c = 0; c < input.questions().size(); c++) {
                String question = input.questions().get(c).key();
                HeatmapChart.Arrow expected = input.conclusions().findings().findings().stream()
                        .filter(f -> f.kind().overTime() && f.question().equals(question)
                                && f.segment().equals(Map.of("team", row.group())))
                        .findFirst().map(f -> f.better() ? HeatmapChart.Arrow.BETTER : HeatmapChart.Arrow.WORSE)
                        .orElse(HeatmapChart.Arrow.NONE);
                assertEquals(expected, row.cells().get(c).arrow(), row.group() + ", " + question);
                arrows += expected == HeatmapChart.Arrow.NONE ? 0 : 1;
            }
        }
        assertTrue(arrows > 0, "the planted changes show");
    }

    @Test
    void distributionOfAHiddenOrUnknownGroupIsNotDrawn() {
        ReportInput input = SampleReports.twoWaves();

        assertTrue(ReportCharts.distribution(input, "Tiny", ENGLISH).isEmpty());
        assertTrue(ReportCharts.distribution(input, "Nobody", ENGLISH).isEmpty());
        assertTrue(ReportCharts.distribution(input, "Ventes", ENGLISH).isPresent());
        String svg = ReportCharts.distribution(input, null, ENGLISH).orElseThrow().svg(new ChartSize(600, 300));
        assertTrue(svg.contains("Whole organisation"), "titled with the group");
    }
}
