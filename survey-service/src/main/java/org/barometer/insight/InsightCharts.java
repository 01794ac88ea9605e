package org.barometer.insight;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.barometer.analytics.chart.Chart;
import org.barometer.analytics.chart.ChartTexts;
import org.barometer.analytics.chart.TrendChart;
import org.barometer.analytics.report.ReportCharts;
import org.barometer.analytics.report.ReportInput;
import org.barometer.survey.QuestionSets;
import org.barometer.system.ProblemException;
import org.barometer.templates.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The dashboard's charts, drawn from the same anonymity-safe results as its JSON: trends from
 * {@link Trends} (hidden points stay gaps, hidden groups have no series), the heatmap and the
 * distributions from {@link ReportInputs}, exactly as the PDF shows them.
 */
@Singleton
class InsightCharts {

    /** Series drawn beside the organisation when no {@code segments} are named: the palette's size. */
    static final int MAX_SERIES = 6;

    private final Trends trends;
    private final ReportInputs inputs;
    private final QuestionSets sets;
    private final String defaultLang;

    InsightCharts(Trends trends, ReportInputs inputs, QuestionSets sets,
                  @Value("${barometer.default-locale:fr}") String defaultLang) {
        this.trends = trends;
        this.inputs = inputs;
        this.sets = sets;
        this.defaultLang = defaultLang;
    }

    String lang(String lang) {
        return ChartParams.lang(lang, defaultLang);
    }

    ChartTexts texts(String lang) {
        return ChartTexts.of(sets.source(), lang);
    }

    Chart trend(String template, String question, String by, List<String> segments, String lang) {
        String attribute = Breakdowns.checkedAttribute(by);
        if (attribute == null && !segments.isEmpty()) {
            throw ProblemException.badRequest("'segments' names groups of the 'by' attribute: give 'by' too, e.g. by=team.");
        }
        TrendView whole = trends.trend(template, question, null);
        List<TrendView.Series> drawn = new ArrayList<>(whole.series());
        if (attribute != null) {
            trends.trend(template, question, attribute).series().stream()
                    .filter(s -> segments.isEmpty() || segments.contains(s.segment().get(attribute)))
                    .limit(segments.isEmpty() ? MAX_SERIES : segments.size())
                    .forEach(drawn::add);
        }
        ChartTexts texts = texts(lang);
        Question q = sets.parse(sets.yamlOf(template), template).question(question).orElseThrow(() ->
                ProblemException.badRequest("Template '" + template + "' has no question '" + question + "'."));
        List<String> waves = drawn.isEmpty() ? List.of()
                : drawn.get(0).points().stream().map(TrendView.Point::wave).toList();
        List<TrendChart.Series> series = new ArrayList<>();
        for (TrendView.Series s : drawn) {
            String name = s.segment().isEmpty() ? texts.text("chart.organisation") : s.segment().get(attribute);
            series.add(new TrendChart.Series(name, s.points().stream().map(InsightCharts::point).toList()));
        }
        return TrendChart.of(new TrendChart.Data(texts.text("chart.trend.title", texts.questionLabel(question)),
                q.scale().min(), q.scale().max(), waves, series), texts);
    }

    /** @return the report's figures for the wave's heatmap and distributions */
    ReportInput wave(UUID waveId, String by, String lang) {
        return inputs.of(waveId, Breakdowns.checkedAttribute(by), lang, false);
    }

    Chart heatmap(ReportInput input, ChartTexts texts) {
        return ReportCharts.heatmap(input, texts);
    }

    Chart distribution(ReportInput input, String segment, ChartTexts texts) {
        if (segment != null && input.by() == null) {
            throw ProblemException.badRequest("'segment' names a group of the 'by' attribute: give 'by' too, e.g. by=team.");
        }
        return ReportCharts.distribution(input, segment, texts).orElseThrow(() -> ProblemException.notFound(
                segment == null ? "This wave has no answers that may be shown (fewer than " + input.threshold() + ")."
                        : "No group '" + segment + "' of '" + input.by() + "' may be shown for this wave "
                        + "(unknown, or hidden to protect anonymity)."));
    }

    private static TrendChart.Point point(TrendView.Point p) {
        if (p.suppressed() || p.mean() == null) {
            return TrendChart.Point.hidden();
        }
        return p.ci95() == null ? new TrendChart.Point(p.mean(), null, null)
                : new TrendChart.Point(p.mean(), p.ci95().get(0), p.ci95().get(1));
    }
}
