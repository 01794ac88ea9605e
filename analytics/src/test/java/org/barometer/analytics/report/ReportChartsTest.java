package org.barometer.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.barometer.analytics.chart.ChartSize;
import org.barometer.analytics.chart.ChartTexts;
import org.barometer.analytics.chart.HeatmapChart;
import org.barometer.templates.TemplateSource;
import org.junit.jupiter.api.Test;

class ReportChartsTest {

    private static final ChartTexts ENGLISH = ChartTexts.of(TemplateSource.classpathOnly(), "en");

    @Test
    void heatmapCellsCarryTheRealChangesOfTheReportFamily() {
        ReportFigures figures = ReportFigures.of(SampleReports.twoWaves());

        HeatmapChart.Data data = ReportCharts.heatmapData(figures, new Wording(ENGLISH));

        assertEquals(List.of("Ventes", "Support", "Tiny"), data.rows().stream().map(HeatmapChart.Row::group).toList());
        HeatmapChart.Cell salesStress = data.rows().get(0).cells().get(0);
        assertEquals(HeatmapChart.Arrow.WORSE, salesStress.arrow(), "more stress is a worsening");
        assertEquals(HeatmapChart.Arrow.NONE, data.rows().get(1).cells().get(0).arrow(), "Support did not move");
        assertEquals(List.of(HeatmapChart.Cell.hidden(), HeatmapChart.Cell.hidden(), HeatmapChart.Cell.hidden()),
                data.rows().get(2).cells());
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
