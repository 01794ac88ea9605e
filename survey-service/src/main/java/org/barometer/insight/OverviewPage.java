package org.barometer.insight;

import jakarta.inject.Singleton;
import org.barometer.survey.Wave;
import org.barometer.survey.WaveStatus;
import org.barometer.templates.Question;
import org.barometer.templates.QuestionSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /hr}: the chosen wave's participation (overall and by team, hidden under k), the
 * well-being index, and each question's mean with its interval and its change since the wave before.
 */
@Singleton
class OverviewPage {

    private final WaveResults results;
    private final Trends trends;

    OverviewPage(WaveResults results, Trends trends) {
        this.results = results;
        this.trends = trends;
    }

    void fill(Map<String, Object> model, Wave wave, String lang) {
        ResultsView whole = results.results(wave.id(), null);
        ResultsView byTeam = results.results(wave.id(), "team");
        model.put("whole", PageRows.whole(whole).map(PageRows::turnout).orElse(null));
        model.put("teams", byTeam.groups().stream().map(PageRows::turnout).toList());
        model.put("index", whole.index());
        model.put("threshold", wave.anonymityThreshold());
        model.put("open", !whole.answers());
        model.put("questions", questions(wave, whole, lang));
    }

    private List<PageRows.QuestionRow> questions(Wave wave, ResultsView whole, String lang) {
        QuestionSet set = results.questionsOf(wave);
        ResultsView.Group organisation = PageRows.whole(whole).orElse(null);
        List<PageRows.QuestionRow> rows = new ArrayList<>();
        for (Question question : set.questions()) {
            ResultsView.Figures figures = organisation == null || organisation.suppressed() || organisation.questions() == null
                    ? null : organisation.questions().get(question.key());
            TrendView.ChangeView change = null;
            if (figures != null && figures.withheld() == null) {
                TrendView trend = trends.trend(wave.templateKey(), question.key(), null);
                change = PageRows.changeAt(trend, "", wave.label());
            }
            rows.add(new PageRows.QuestionRow(question.key(), question.text(lang), figures, change));
        }
        return rows;
    }
}
