package org.barometer.analytics.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.analytics.chart.Chart;
import org.barometer.analytics.chart.ChartSize;
import org.barometer.analytics.chart.ChartTexts;
import org.barometer.analytics.chart.HeatmapChart;
import org.barometer.analytics.chart.ParticipationChart;
import org.barometer.analytics.report.ReportInput.Group;
import org.barometer.analytics.report.ReportInput.Question;

/** Turns the figures and the findings into the {@link ReportView} the template shows, in one language. */
final class ReportComposer {

    /** The width of a full-width chart on the page, in CSS pixels (the text column is about 672). */
    static final int CHART_WIDTH = 660;
    /**
     * The tallest a chart is drawn, in CSS pixels: a page holds about 980 below its margins, and a
     * chart shares it with its heading and a few lines. A taller chart is drawn smaller, fonts
     * included, so that fifty teams still fit one page.
     */
    static final int PAGE_HEIGHT = 800;
    /** Pixels per row of the heatmap and per bar of the participation chart, before any shrinking. */
    static final int ROW = 18;

    private ReportComposer() {
    }

    static ReportView compose(ReportInput input, ChartTexts texts, ChartObjects charts) {
        ReportFigures figures = ReportFigures.of(input);
        ReportFindings findings = new ReportFindings(input, texts.lang());
        Wording w = new Wording(texts);
        boolean grouped = input.by() != null && !input.current().groups().isEmpty();
        List<ReportView.Comments> comments = input.comments().stream()
                .map(c -> new ReportView.Comments(w.group(c.group()), c.comments())).toList();
        return new ReportView(texts.lang(), texts.all(), ExecutiveSummary.of(figures, findings, w),
                QuestionSections.of(figures, findings, w, charts),
                grouped ? heatmap(figures, findings, w, charts) : null, grouped ? scales(input, w) : null,
                participation(input, w, charts), comments.isEmpty() ? null : comments, MethodologyNote.of(input, w));
    }

    private static ReportView.Figure heatmap(ReportFigures figures, ReportFindings findings, Wording w, ChartObjects charts) {
        HeatmapChart.Data data = ReportCharts.heatmapData(figures, findings, w);
        return fitted(HeatmapChart.of(data, w.texts()), 150 + ROW * data.rows().size(), charts);
    }

    /** @return e.g. "Stress and Workload: means on 1–5 (higher is worse). Clarity: means on 1–5 (higher is better)." */
    private static String scales(ReportInput input, Wording w) {
        Map<String, List<String>> byScale = new LinkedHashMap<>();
        for (Question q : input.questions()) {
            byScale.computeIfAbsent(w.scale(q), s -> new ArrayList<>()).add(w.question(q));
        }
        List<String> sentences = new ArrayList<>();
        byScale.forEach((scale, questions) -> sentences.add(w.text("heatmap.scale", w.list(questions), scale)));
        return String.join(" ", sentences);
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
        // Untitled: the section's heading names it.
        Chart chart = ParticipationChart.of(new ParticipationChart.Data(null, bars), w.texts());
        return fitted(chart, 80 + ROW * bars.size(), charts);
    }

    /**
     * A full-width chart of the given height, drawn smaller when taller than {@link #PAGE_HEIGHT}:
     * laid out wider by the same factor, so that once shrunk it still spans the page.
     */
    private static ReportView.Figure fitted(Chart chart, int height, ChartObjects charts) {
        int laidOut = Math.min(ChartSize.MAX_HEIGHT, Math.max(ChartSize.MIN_HEIGHT, height));
        double scale = Math.min(1, (double) PAGE_HEIGHT / laidOut);
        int width = Math.min(ChartSize.MAX_WIDTH, (int) Math.round(CHART_WIDTH / scale));
        return charts.add(chart, new ChartSize(width, laidOut), scale);
    }
}
