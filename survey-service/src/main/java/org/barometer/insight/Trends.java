package org.barometer.insight;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.analytics.anonymity.AnonymityGuard;
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
import org.barometer.templates.Question;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One question across the waves of a template: closed waves from their stored aggregates (one
 * query per table for all of them), the open wave live if asked. Each wave is suppressed on its
 * own cut, exactly as its results page; a change is drawn only between two consecutive visible
 * points, and all changes of the response form one Benjamini–Hochberg family.
 */
@Singleton
class Trends {

    /** One wave of the trend, with the question as that wave asked it. */
    private record Step(Wave wave, Question question, CutCounts counts, Set<String> visible) {
    }

    private final WaveService waves;
    private final QuestionSets sets;
    private final WaveResults results;
    private final ResultQueries queries;
    private final CrossQueries cross;

    Trends(WaveService waves, QuestionSets sets, WaveResults results, ResultQueries queries, CrossQueries cross) {
        this.waves = waves;
        this.sets = sets;
        this.results = results;
        this.queries = queries;
        this.cross = cross;
    }

    @Transactional(readOnly = true)
    TrendView trend(String template, String questionKey, String by, boolean includeOpen) {
        if (template == null || template.isBlank() || questionKey == null || questionKey.isBlank()) {
            throw ProblemException.badRequest("Give 'template' (e.g. wellbeing-barometer) and 'question' (e.g. stress).");
        }
        String attribute = Breakdowns.checkedAttribute(by);
        List<Wave> chosen = waves.list().stream()
                .filter(w -> w.templateKey().equals(template) && w.openedAt() != null)
                .filter(w -> w.status() == WaveStatus.CLOSED || includeOpen && w.status() == WaveStatus.OPEN)
                .sorted(Comparator.comparing(Wave::openedAt)).toList();
        if (chosen.isEmpty()) {
            sets.yamlOf(template);
        }
        List<Step> steps = steps(chosen, questionKey, attribute);
        if (steps.isEmpty() && sets.parse(sets.yamlOf(template), template).question(questionKey).isEmpty()) {
            throw ProblemException.badRequest("Template '" + template + "' has no question '" + questionKey + "'.");
        }
        return assemble(questionKey, attribute, steps);
    }

    private List<Step> steps(List<Wave> chosen, String questionKey, String by) {
        List<UUID> closed = chosen.stream().filter(w -> w.status() == WaveStatus.CLOSED).map(Wave::id).toList();
        Map<UUID, CutCounts> stored = closed.isEmpty() ? Map.of() : queries.stored(closed, by, questionKey);
        Map<UUID, Map<String, OtherCut>> storedOthers = closed.isEmpty() || by == null ? Map.of()
                : cross.stored(closed, by);
        List<Step> steps = new ArrayList<>();
        for (Wave wave : chosen) {
            var question = results.questionsOf(wave).question(questionKey);
            if (question.isEmpty()) {
                continue;
            }
            CutCounts counts = stored.containsKey(wave.id()) ? stored.get(wave.id()) : queries.live(wave.id(), by);
            Collection<OtherCut> others = by == null ? List.of() : storedOthers.containsKey(wave.id())
                    ? storedOthers.get(wave.id()).values() : cross.live(wave.id(), by).values();
            AnonymityGuard guard = AnonymityGuard.withThreshold(wave.anonymityThreshold());
            steps.add(new Step(wave, question.get(), counts, Breakdowns.visible(guard, counts, by, others)));
        }
        return steps;
    }

    private static TrendView assemble(String questionKey, String by, List<Step> steps) {
        SortedSet<String> keys = new TreeSet<>();
        steps.forEach(step -> keys.addAll(step.visible()));
        List<Comparison> comparisons = new ArrayList<>();
        Map<String, Map<Integer, Integer>> comparisonAt = new HashMap<>();
        Map<String, Map<Integer, Histogram>> shown = new TreeMap<>();
        for (String key : keys) {
            Map<Integer, Histogram> histograms = new TreeMap<>();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                if (!step.visible().contains(key)) {
                    continue;
                }
                Histogram histogram = Breakdowns.cell(step.counts(), by, key).histogram(step.question());
                histograms.put(i, histogram);
                Histogram before = histograms.get(i - 1);
                if (before != null && before.sameScaleAs(histogram)) {
                    comparisonAt.computeIfAbsent(key, k -> new HashMap<>()).put(i, comparisons.size());
                    comparisons.add(Comparison.of(before, histogram, Polarities.of(step.question())));
                }
            }
            shown.put(key, histograms);
        }
        List<Change> changes = ChangeSet.of(comparisons).changes();
        List<TrendView.Series> series = new ArrayList<>();
        shown.forEach((key, histograms) -> series.add(series(by, key, steps, histograms,
                comparisonAt.getOrDefault(key, Map.of()), changes)));
        return new TrendView(questionKey, series);
    }

    private static TrendView.Series series(String by, String key, List<Step> steps, Map<Integer, Histogram> histograms,
                                           Map<Integer, Integer> comparisonAt, List<Change> changes) {
        List<TrendView.Point> points = new ArrayList<>();
        Map<Integer, Double> means = new TreeMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Histogram histogram = histograms.get(i);
            if (histogram == null) {
                points.add(TrendView.Point.hidden(step.wave().label()));
                continue;
            }
            Cell cell = Breakdowns.cell(step.counts(), by, key);
            CellStatistics s = CellStatistics.of(histogram, Polarities.of(step.question()), cell.participation().invited());
            Integer at = comparisonAt.get(i);
            points.add(new TrendView.Point(step.wave().label(), false, s.n(), s.mean(), ResultsView.bounds(s.ci95()),
                    at == null ? null : TrendView.ChangeView.of(changes.get(at))));
            if (s.mean() != null) {
                means.put(i, s.mean());
            }
        }
        TrendView.SlopeView slope = TrendSlope.fit(means).map(TrendView.SlopeView::of).orElse(null);
        return new TrendView.Series(Breakdowns.segment(by, key), points, slope);
    }
}
