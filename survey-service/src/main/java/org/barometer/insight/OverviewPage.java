package org.barometer.insight;

import io.micronaut.http.uri.UriBuilder;
import org.barometer.analytics.findings.Finding;
import org.barometer.analytics.findings.FindingText;
import org.barometer.analytics.findings.Findings;
import org.barometer.analytics.findings.FindingsInput;
import java.util.HashMap;

import jakarta.inject.Singleton;
import org.barometer.survey.Wave;
import org.barometer.survey.WaveStatus;
import org.barometer.templates.Question;
import org.barometer.templates.QuestionSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /hr}: for a closed wave, its findings first (the five that matter most, each a sentence
 * linking to its trend, then the organisation's priorities and strengths); then the chosen wave's
 * participation (overall and by team, hidden under k), the well-being index, and each question's
 * mean with its scale, interval and change since the wave before.
 */
@Singleton
class OverviewPage {

    /** Findings the overview opens with. */
    static final int TOP_FINDINGS = 5;

    private final WaveResults results;
    private final Trends trends;
    private final WaveFindings findings;

    OverviewPage(WaveResults results, Trends trends, WaveFindings findings) {
        this.results = results;
        this.trends = trends;
        this.findings = findings;
    }

    /** A finding as the overview shows it: its sentence and the trend page that shows it. */
    record FindingLine(String text, String href, boolean better) {
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
        if (whole.answers()) {
            fillFindings(model, wave, lang);
        }
    }

    private void fillFindings(Map<String, Object> model, Wave wave, String lang) {
        FindingsInput input = findings.inputOf(wave.id());
        Findings all = Findings.of(input);
        Map<String, FindingsInput.Question> questions = new HashMap<>();
        input.questions().forEach(q -> questions.put(q.key(), q));
        model.put("findings", all.findings().stream().filter(f -> f.kind().overTime() || f.kind() == Finding.Kind.GAP)
                .limit(TOP_FINDINGS).map(f -> line(wave, f, questions, lang)).toList());
        model.put("priorities", all.of(Map.of()).stream().filter(f -> f.kind() == Finding.Kind.PRIORITY)
                .map(f -> line(wave, f, questions, lang)).toList());
        model.put("strengths", all.of(Map.of()).stream().filter(f -> f.kind() == Finding.Kind.STRENGTH)
                .map(f -> line(wave, f, questions, lang)).toList());
    }

    private static FindingLine line(Wave wave, Finding f, Map<String, FindingsInput.Question> questions, String lang) {
        UriBuilder uri = UriBuilder.of("/hr/trends").queryParam("wave", wave.id()).queryParam("question", f.question());
        if (!f.segment().isEmpty()) {
            Map.Entry<String, String> group = f.segment().entrySet().iterator().next();
            uri.queryParam("by", group.getKey()).queryParam("segments", group.getValue());
        }
        return new FindingLine(FindingText.of(f, questions.get(f.question()), lang), uri.build().toString(), f.better());
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
            rows.add(new PageRows.QuestionRow(question.key(), question.text(lang),
                    FindingText.scale(WaveFindings.question(question), "fr".equals(lang)), figures, change));
        }
        return rows;
    }
}
