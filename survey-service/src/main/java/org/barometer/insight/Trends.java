package org.barometer.insight;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.analytics.disclosure.PublicationPlan;
import org.barometer.analytics.stats.CellStatistics;
import org.barometer.analytics.stats.Change;
import org.barometer.analytics.stats.ChangeSet;
import org.barometer.analytics.stats.Comparison;
import org.barometer.analytics.stats.Histogram;
import org.barometer.analytics.stats.TrendSlope;
import org.barometer.survey.QuestionSets;
import org.barometer.survey.Wave;
import org.barometer.survey.WaveService;
import org.barometer.survey.WaveStatus;
import org.barometer.system.ProblemException;
import org.barometer.tally.Tally;
import org.barometer.templates.Question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One question across the closed waves of a question set, each wave as its publication plan shows
 * it (open waves publish no answer: they have no point). A change is drawn only between two
 * consecutive points shown, and all changes of the response form one Benjamini–Hochberg family.
 */
@Singleton
class Trends {

    /** One wave of the trend, with the question as that wave asked it. */
    private record Step(Wave wave, Question question, PublicationPlan plan) {
    }

    private final WaveService waves;
    private final QuestionSets sets;
    private final Publication publication;
    private final Tally tally;

    Trends(WaveService waves, QuestionSets sets, Publication publication, Tally tally) {
        this.waves = waves;
        this.sets = sets;
        this.publication = publication;
        this.tally = tally;
    }

    @Transactional
    TrendView trend(String template, String questionKey, String by) {
        if (template == null || template.isBlank() || questionKey == null || questionKey.isBlank()) {
            throw ProblemException.badRequest("Give 'template' (e.g. wellbeing-barometer) and 'question' (e.g. stress).");
        }
        String attribute = Breakdowns.checkedAttribute(by);
        List<Wave> closed = waves.list().stream()
                .filter(w -> w.templateKey().equals(template) && w.openedAt() != null && w.status() == WaveStatus.CLOSED)
                .sorted(Comparator.comparing(Wave::openedAt)).toList();
        if (closed.isEmpty()) {
            sets.yamlOf(template);
        }
        List<Step> steps = steps(closed, questionKey);
        if (steps.isEmpty() && sets.parse(sets.yamlOf(template), template).question(questionKey).isEmpty()) {
            throw ProblemException.badRequest("Template '" + template + "' has no question '" + questionKey + "'.");
        }
        return assemble(questionKey, attribute, steps);
    }

    private List<Step> steps(List<Wave> closed, String questionKey) {
        // Every question's counts, not only this one's: a wave's plan is decided (the first time) on all of them.
        Map<UUID, Tally.WaveCounts> counts = tally.counts(closed.stream().map(Wave::id).toList(), null);
        List<Step> steps = new ArrayList<>();
        for (Wave wave : closed) {
            var question = publication.questionsOf(wave).question(questionKey);
            if (question.isPresent()) {
                steps.add(new Step(wave, question.get(), publication.of(wave, counts.get(wave.id()))));
            }
        }
        return steps;
    }

    private static List<PublicationPlan.Group> groups(Step step, String by) {
        return Breakdowns.groups(step.plan(), by);
    }

    private static Histogram shown(PublicationPlan.Group g, String question) {
        return g.shown() && g.figures().get(question) instanceof PublicationPlan.Answers a ? a.histogram() : null;
    }

    private static TrendView assemble(String questionKey, String by, List<Step> steps) {
        SortedSet<String> keys = new TreeSet<>();
        steps.forEach(step -> groups(step, by).stream().filter(g -> shown(g, questionKey) != null)
                .forEach(g -> keys.add(g.value())));
        List<Comparison> comparisons = new ArrayList<>();
        Map<String, Map<Integer, Integer>> comparisonAt = new HashMap<>();
        for (String key : keys) {
            Histogram before = null;
            for (int i = 0; i < steps.size(); i++) {
                Histogram histogram = group(steps.get(i), by, key).map(g -> shown(g, questionKey)).orElse(null);
                if (histogram != null && before != null && before.sameScaleAs(histogram)) {
                    comparisonAt.computeIfAbsent(key, k -> new HashMap<>()).put(i, comparisons.size());
                    comparisons.add(Comparison.of(before, histogram, Polarities.of(steps.get(i).question())));
                }
                before = histogram;
            }
        }
        List<Change> changes = ChangeSet.of(comparisons).changes();
        List<TrendView.Series> series = new ArrayList<>();
        for (String key : keys) {
            series.add(series(by, key, questionKey, steps, comparisonAt.getOrDefault(key, Map.of()), changes));
        }
        return new TrendView(questionKey, series);
    }

    private static java.util.Optional<PublicationPlan.Group> group(Step step, String by, String value) {
        return groups(step, by).stream().filter(g -> g.value().equals(value)).findFirst();
    }

    private static TrendView.Series series(String by, String key, String questionKey, List<Step> steps,
                                           Map<Integer, Integer> comparisonAt, List<Change> changes) {
        List<TrendView.Point> points = new ArrayList<>();
        Map<Integer, Double> means = new TreeMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            var group = group(step, by, key);
            Histogram histogram = group.map(g -> shown(g, questionKey)).orElse(null);
            if (histogram == null) {
                points.add(TrendView.Point.hidden(step.wave().label(), group.map(g -> why(g, questionKey)).orElse(null)));
                continue;
            }
            CellStatistics s = CellStatistics.of(histogram, Polarities.of(step.question()), group.get().participation().invited());
            Integer at = comparisonAt.get(i);
            points.add(new TrendView.Point(step.wave().label(), false, null, s.n(), s.mean(), ResultsView.bounds(s.ci95()),
                    at == null ? null : TrendView.ChangeView.of(changes.get(at))));
            if (s.mean() != null) {
                means.put(i, s.mean());
            }
        }
        TrendView.SlopeView slope = TrendSlope.fit(means).map(TrendView.SlopeView::of).orElse(null);
        return new TrendView.Series(by == null ? Map.of() : Map.of(by, key), points, slope);
    }

    /** Why a group shows no point for the question: hidden, or its figures withheld. */
    private static String why(PublicationPlan.Group g, String question) {
        if (!g.shown()) {
            return ResultsView.reason(g.hidden());
        }
        return g.figures().get(question) instanceof PublicationPlan.Withheld w ? ResultsView.reason(w.why()) : null;
    }
}
