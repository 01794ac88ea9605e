package org.barometer.analytics.report;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.barometer.analytics.chart.ChartSize;
import org.barometer.analytics.chart.ChartTexts;
import org.barometer.analytics.chart.HeatmapChart;
import org.barometer.analytics.chart.ParticipationChart;
import org.barometer.analytics.report.ReportInput.Group;

/** Turns the figures into the {@link ReportView} the template shows, in one language. */
final class ReportComposer {

    private static final int CHART_WIDTH = 660;

    private ReportComposer() {
    }

    static ReportView compose(ReportInput input, ChartTexts texts, ChartObjects charts) {
        ReportFigures figures = ReportFigures.of(input);
        Wording w = new Wording(texts);
        boolean grouped = input.by() != null && !input.current().groups().isEmpty();
        List<ReportView.Comments> comments = input.comments().stream()
                .map(c -> new ReportView.Comments(w.group(c.group()), c.comments())).toList();
        return new ReportView(texts.lang(), texts.all(), cover(input, w), SummaryText.paragraphs(figures, w),
                SummaryText.realChanges(figures, w), QuestionSections.of(figures, w, charts),
                grouped ? heatmap(figures, w, charts) : null, participation(input, w, charts),
                grouped ? AttentionRule.of(figures, w) : null, comments.isEmpty() ? null : comments,
                MethodologyNote.of(input, w));
    }

    private static ReportView.Cover cover(ReportInput input, Wording w) {
        Group org = input.current().organisation();
        String participation = org.hidden() ? w.text("cover.participation.hidden", input.threshold())
                : w.text("cover.participation", org.invited(), org.responded(),
                        w.percent(org.invited() == 0 ? 0 : (double) org.responded() / org.invited()));
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(w.texts().locale()).format(input.date());
        return new ReportView.Cover(input.organisation(), input.current().label(), date, participation,
                input.by() == null ? null : w.text("cover.by", input.by()));
    }

    private static ReportView.Figure heatmap(ReportFigures figures, Wording w, ChartObjects charts) {
        HeatmapChart.Data data = ReportCharts.heatmapData(figures, w);
        int height = Math.min(ChartSize.MAX_HEIGHT, 170 + 24 * data.rows().size());
        return charts.add(HeatmapChart.of(data, w.texts()), new ChartSize(CHART_WIDTH, height));
    }

    private static ReportView.Figure participation(ReportInput input, Wording w, ChartObjects charts) {
        List<ParticipationChart.Bar> bars = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        groups.add(input.current().organisation());
        groups.addAll(input.current().groups());
        for (Group g : groups) {
            if (!g.hidden()) {
                bars.add(new ParticipationChart.Bar(g == input.current().organisation() ? w.group(null) : g.name(),
                        g.invited(), g.responded()));
            }
        }
        if (bars.isEmpty()) {
            return null;
        }
        int height = Math.min(ChartSize.MAX_HEIGHT, 110 + 22 * bars.size());
        return charts.add(ParticipationChart.of(new ParticipationChart.Data(w.text("chart.participation.title"), bars),
                w.texts()), new ChartSize(CHART_WIDTH, height));
    }
}
