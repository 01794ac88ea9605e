package org.barometer.insight;

import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Singleton;
import org.barometer.survey.Wave;
import org.barometer.templates.Question;
import org.barometer.templates.QuestionSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /hr/distribution}: how the organisation's answers spread over each question's scale. */
@Singleton
class DistributionPage {

    /** One point of a scale: its value, its words, how many chose it and their share. */
    public record Share(int value, String label, long count, double percent) {
    }

    /** One question's spread; {@code shares} is empty when the organisation's figures are not shown ({@code why}). */
    public record Spread(String key, String text, long n, Double favorable, List<Share> shares, String why) {
    }

    private final WaveResults results;

    DistributionPage(WaveResults results) {
        this.results = results;
    }

    void fill(Map<String, Object> model, Wave wave, String lang) {
        QuestionSet set = results.questionsOf(wave);
        ResultsView view = results.results(wave.id(), null);
        ResultsView.Group organisation = PageRows.whole(view).orElse(null);
        boolean hidden = organisation == null || organisation.suppressed() || organisation.questions() == null;
        List<Spread> spreads = new ArrayList<>();
        for (Question question : set.questions()) {
            if (hidden) {
                spreads.add(new Spread(question.key(), question.text(lang), 0, null, List.of(), null));
                continue;
            }
            ResultsView.Figures figures = organisation.questions().get(question.key());
            if (figures.withheld() != null) {
                spreads.add(new Spread(question.key(), question.text(lang), figures.n(), null, List.of(), figures.withheld()));
                continue;
            }
            List<Share> shares = new ArrayList<>();
            for (int v = question.scale().min(); v <= question.scale().max(); v++) {
                long count = figures.distribution().getOrDefault(String.valueOf(v), 0L);
                shares.add(new Share(v, question.scale().label(lang, v).orElse(""), count,
                        figures.n() == 0 ? 0 : 100.0 * count / figures.n()));
            }
            spreads.add(new Spread(question.key(), question.text(lang), figures.n(), figures.favorable(), shares, null));
        }
        model.put("hidden", hidden);
        model.put("open", !view.answers());
        model.put("threshold", wave.anonymityThreshold());
        model.put("spreads", spreads);
        model.put("chart", UriBuilder.of("/api/v1/charts/distribution.png").queryParam("wave", wave.id())
                .queryParam("lang", lang).queryParam("width", 900).queryParam("height", 500).build().toString());
    }
}
