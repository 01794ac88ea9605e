package org.barometer.analytics.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.barometer.analytics.chart.Chart;
import org.barometer.analytics.chart.ChartTexts;
import org.barometer.analytics.chart.DistributionChart;
import org.barometer.analytics.chart.HeatmapChart;
import org.barometer.analytics.report.ReportInput.Group;
import org.barometer.analytics.report.ReportInput.Question;
import org.barometer.analytics.stats.Histogram;
import org.barometer.analytics.stats.Polarity;

/**
 * The charts of a wave that the dashboard and the report share, built from the same
 * {@link ReportInput}, so a heatmap arrow on screen and in the PDF is the same finding.
 */
public final class ReportCharts {

    private ReportCharts() {
    }

    /** @return the groups × questions heatmap of the reported wave, hidden groups grey */
    public static Chart heatmap(ReportInput input, ChartTexts texts) {
        return HeatmapChart.of(heatmapData(ReportFigures.of(input), new ReportFindings(input, texts.lang()),
                new Wording(texts)), texts);
    }

    /** @return the number of rows of {@link #heatmap}, to size it */
    public static int heatmapRows(ReportInput input) {
        return input.current().groups().size();
    }

    /**
     * The distribution of every question for one group of the reported wave: the questions whose
     * scale has as many points as the first question's (one legend must fit them all).
     *
     * @param group the group's name, or {@code null} for the whole organisation
     * @return the chart, or empty when the group is hidden, unknown or has no answers
     */
    public static Optional<Chart> distribution(ReportInput input, String group, ChartTexts texts) {
        Optional<Group> chosen = group == null ? Optional.of(input.current().organisation())
                : input.current().groups().stream().filter(g -> g.name().equals(group)).findFirst();
        if (chosen.isEmpty() || chosen.get().hidden() || input.questions().isEmpty()) {
            return Optional.empty();
        }
        Wording w = new Wording(texts);
        int points = input.questions().get(0).max() - input.questions().get(0).min() + 1;
        List<DistributionChart.Row> rows = new ArrayList<>();
        for (Question q : input.questions()) {
            Histogram h = chosen.get().histogram(q.key());
            if (h != null && h.n() > 0 && h.size() == points) {
                rows.add(new DistributionChart.Row(w.question(q), aligned(h, q.polarity())));
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String title = texts.text("chart.distribution.title") + " – " + w.group(group);
        return Optional.of(DistributionChart.of(new DistributionChart.Data(title, texts.levels(points), rows), texts));
    }

    static HeatmapChart.Data heatmapData(ReportFigures figures, ReportFindings findings, Wording w) {
        ReportInput input = figures.input();
        List<HeatmapChart.Row> rows = new ArrayList<>();
        for (Group g : input.current().groups()) {
            List<HeatmapChart.Cell> cells = new ArrayList<>();
            for (Question q : input.questions()) {
                cells.add(figures.statistics(g, q).map(s -> new HeatmapChart.Cell(s.mean(), ReportFigures.score(g, q),
                        arrow(findings, g.name(), q.key()))).orElse(HeatmapChart.Cell.hidden()));
            }
            rows.add(new HeatmapChart.Row(g.name(), cells));
        }
        return new HeatmapChart.Data(w.text("chart.heatmap.title"),
                input.questions().stream().map(w::question).toList(), rows, input.threshold());
    }

    /** A ▲ or ▼ where the findings say the group moved clearly over time on the question. */
    private static HeatmapChart.Arrow arrow(ReportFindings findings, String group, String question) {
        return findings.overTime(group, question)
                .map(f -> f.better() ? HeatmapChart.Arrow.BETTER : HeatmapChart.Arrow.WORSE)
                .orElse(HeatmapChart.Arrow.NONE);
    }

    /** @return the counts least favourable first: reversed for a question where high is bad */
    static List<Long> aligned(Histogram h, Polarity polarity) {
        List<Long> counts = new ArrayList<>(h.distribution().values());
        if (polarity == Polarity.NEGATIVE) {
            Collections.reverse(counts);
        }
        return counts;
    }
}
