package org.barometer.insight;

import org.barometer.analytics.findings.Finding;
import org.barometer.analytics.findings.FindingText;
import org.barometer.analytics.findings.Findings;
import org.barometer.analytics.findings.FindingsInput;
import org.barometer.survey.WaveStatus;

import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Singleton;
import org.barometer.survey.Wave;
import org.barometer.templates.Question;
import org.barometer.templates.QuestionSet;

import java.util.List;
import java.util.Map;

/**
 * {@code /hr/trends}: one question over the closed waves of the chosen wave's template, for the
 * organisation and the groups picked in one segment attribute; the chart and a table of the same
 * figures, each line with its trend over the last waves (the wave's findings: worse, better, or
 * no clear trend), and the groups that stayed hidden. Unless groups are picked, the chart draws
 * the groups that moved most over the waves shown (first to last mean), not the first by name.
 */
@Singleton
class TrendsPage {

    static final String DEFAULT_BY = "team";

    private final WaveResults results;
    private final Trends trends;
    private final WaveFindings findings;

    TrendsPage(WaveResults results, Trends trends, WaveFindings findings) {
        this.results = results;
        this.trends = trends;
        this.findings = findings;
    }

    /** A line's trend over the last waves, as the wave's findings say it: worse, better or none (no clear trend). */
    record LineTrend(String verdict, String text) {
    }

    void fill(Map<String, Object> model, Wave wave, String questionKey, String by, List<String> chosen, String lang) {
        QuestionSet set = results.questionsOf(wave);
        Question question = set.question(questionKey == null ? "" : questionKey).orElse(set.questions().get(0));
        String attribute = Breakdowns.checkedAttribute(by == null ? DEFAULT_BY : by);
        TrendView organisation = trends.trend(wave.templateKey(), question.key(), null);
        TrendView groups = attribute == null ? new TrendView(question.key(), List.of())
                : trends.trend(wave.templateKey(), question.key(), attribute);
        List<TrendView.Series> shown = groups.series().stream()
                .filter(s -> chosen.isEmpty() || chosen.contains(PageRows.name(s.segment()))).toList();
        model.put("question", question.key());
        model.put("questionText", question.text(lang));
        model.put("questionScale", FindingText.scale(WaveFindings.question(question), "fr".equals(lang)));
        model.put("questionOptions", set.questions().stream()
                .map(q -> new WaveChoice.Option(q.key(), q.text(lang), q.key().equals(question.key()))).toList());
        model.put("by", attribute);
        model.put("groupOptions", groups.series().stream().map(s -> PageRows.name(s.segment()))
                .map(n -> new WaveChoice.Option(n, n, chosen.contains(n))).toList());
        model.put("waveLabels", organisation.series().isEmpty() ? List.of()
                : organisation.series().get(0).points().stream().map(TrendView.Point::wave).toList());
        model.put("organisation", organisation.series());
        model.put("series", shown);
        model.put("hiddenNow", attribute == null ? List.of() : results.results(wave.id(), attribute).groups().stream()
                .filter(ResultsView.Group::suppressed).map(PageRows::turnout).toList());
        model.put("threshold", wave.anonymityThreshold());
        List<String> drawn = chosen.isEmpty() ? movedMost(groups.series()) : chosen;
        model.put("chart", chart(wave, question.key(), attribute, drawn, lang));
        model.put("drawn", drawn);
        model.put("lineTrends", lineTrends(wave, question.key(), attribute, lang));
    }

    /** The groups whose mean moved most between their first and last point shown, at most the chart's number of lines. */
    static List<String> movedMost(List<TrendView.Series> series) {
        return series.stream()
                .sorted(java.util.Comparator.comparingDouble((TrendView.Series s) -> -moved(s)).thenComparing(s -> PageRows.name(s.segment())))
                .limit(InsightCharts.MAX_SERIES).map(s -> PageRows.name(s.segment())).toList();
    }

    private static double moved(TrendView.Series s) {
        List<Double> means = s.points().stream().map(TrendView.Point::mean).filter(java.util.Objects::nonNull).toList();
        return means.size() < 2 ? -1 : Math.abs(means.get(means.size() - 1) - means.get(0));
    }

    /**
     * Group name ("" for the organisation) to its trend over the last waves, from a closed wave's
     * clear differences: a team's line says it moved even when the findings tell that change once,
     * for the organisation.
     */
    private Map<String, LineTrend> lineTrends(Wave wave, String question, String attribute, String lang) {
        if (wave.status() != WaveStatus.CLOSED) {
            return Map.of();
        }
        FindingsInput input = findings.inputOf(wave.id());
        FindingsInput.Question q = input.questions().stream().filter(x -> x.key().equals(question)).findFirst().orElse(null);
        if (q == null) {
            return Map.of();
        }
        Map<String, LineTrend> trends = new java.util.HashMap<>();
        Findings.of(input).clear().stream().filter(f -> f.kind() == Finding.Kind.TREND && f.question().equals(question)
                        && (f.segment().isEmpty() || f.segment().containsKey(attribute)))
                .forEach(f -> trends.put(PageRows.name(f.segment()),
                        new LineTrend(f.better() ? "better" : "worse", FindingText.of(f, q, lang))));
        return trends;
    }

    private static String chart(Wave wave, String question, String by, List<String> chosen, String lang) {
        UriBuilder uri = UriBuilder.of("/api/v1/charts/trend.png")
                .queryParam("template", wave.templateKey()).queryParam("question", question);
        if (by != null) {
            uri.queryParam("by", by);
            if (!chosen.isEmpty()) {
                uri.queryParam("segments", String.join(",", chosen));
            }
        }
        return uri.queryParam("lang", lang).queryParam("width", 800).queryParam("height", 400).build().toString();
    }
}
