package org.barometer.insight;

import org.barometer.analytics.findings.FindingText;

import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Singleton;
import org.barometer.survey.Wave;
import org.barometer.survey.WaveStatus;
import org.barometer.templates.Polarity;
import org.barometer.templates.Question;
import org.barometer.templates.QuestionSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /hr/heatmap}: groups × questions of one wave, each cell shaded by its mean aligned on
 * polarity (darker orange = worse, darker blue = better, whatever the question's direction),
 * with the change since the wave before; hidden groups greyed.
 */
@Singleton
class HeatmapPage {

    /** One cell: the figures (withheld ones say why), its shade 0 (worst) to 4 (best) and its change. */
    public record HeatCell(ResultsView.Figures figures, int shade, TrendView.ChangeView change) {

        public String verdict() {
            return change == null ? "none" : change.verdict();
        }

        public String withheld() {
            return figures.withheld();
        }
    }

    /** One group's row; a hidden one says why ({@link ResultsView#reason}). */
    public record HeatRow(String group, boolean hidden, String why, List<HeatCell> cells) {
    }

    /** A column head: the question's key and its text. */
    /** @param scale the scale and its good direction, e.g. "on 1–5 (higher is worse)" */
    public record Column(String key, String text, String scale) {
    }

    private final WaveResults results;
    private final Trends trends;

    HeatmapPage(WaveResults results, Trends trends) {
        this.results = results;
        this.trends = trends;
    }

    void fill(Map<String, Object> model, Wave wave, String by, String lang) {
        String attribute = Breakdowns.checkedAttribute(by == null ? TrendsPage.DEFAULT_BY : by);
        QuestionSet set = results.questionsOf(wave);
        ResultsView view = results.results(wave.id(), attribute);
        List<TrendView> changes = set.questions().stream().map(q -> attribute == null ? null
                : trends.trend(wave.templateKey(), q.key(), attribute)).toList();
        List<HeatRow> rows = new ArrayList<>();
        for (ResultsView.Group group : view.groups()) {
            String name = PageRows.name(group.segment());
            if (group.suppressed() || group.questions() == null) {
                rows.add(new HeatRow(name, true, group.hidden(), List.of()));
                continue;
            }
            List<HeatCell> cells = new ArrayList<>();
            for (int i = 0; i < set.questions().size(); i++) {
                Question question = set.questions().get(i);
                ResultsView.Figures figures = group.questions().get(question.key());
                TrendView.ChangeView change = changes.get(i) == null ? null
                        : PageRows.changeAt(changes.get(i), name, wave.label());
                cells.add(new HeatCell(figures, shade(question, figures.mean()), change));
            }
            rows.add(new HeatRow(name, false, null, cells));
        }
        model.put("by", attribute);
        model.put("columns", set.questions().stream().map(q -> new Column(q.key(), q.text(lang),
                FindingText.scale(WaveFindings.question(q), "fr".equals(lang)))).toList());
        model.put("rows", rows);
        model.put("threshold", wave.anonymityThreshold());
        model.put("open", !view.answers());
        UriBuilder chart = UriBuilder.of("/api/v1/charts/heatmap.png").queryParam("wave", wave.id());
        if (attribute != null) {
            chart.queryParam("by", attribute);
        }
        model.put("chart", chart.queryParam("lang", lang).queryParam("width", 900).queryParam("height", 500)
                .build().toString());
    }

    /** Five steps of the mean's place on its scale, turned so that 4 is always the good end. */
    static int shade(Question question, Double mean) {
        if (mean == null) {
            return 2;
        }
        double position = (mean - question.scale().min()) / (question.scale().max() - question.scale().min());
        double good = question.polarity() == Polarity.NEGATIVE ? 1 - position : position;
        return (int) Math.min(4, Math.max(0, Math.floor(good * 5)));
    }
}
