package org.barometer.insight;

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
 * figures, and the groups that stayed hidden.
 */
@Singleton
class TrendsPage {

    static final String DEFAULT_BY = "team";

    private final WaveResults results;
    private final Trends trends;

    TrendsPage(WaveResults results, Trends trends) {
        this.results = results;
        this.trends = trends;
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
        model.put("chart", chart(wave, question.key(), attribute, chosen, lang));
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
