package org.barometer.analytics.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.analytics.report.ReportFigures.Movement;
import org.barometer.analytics.report.ReportInput.Group;
import org.barometer.analytics.stats.Verdict;

/**
 * Which groups need attention, by a rule a reader can check: a real worsening (q &lt; 0.05 after
 * Benjamini–Hochberg) on {@value #WORSENED_QUESTIONS} questions or more; or an index in the lowest
 * quarter of the groups shown together with at least one real worsening. Only visible groups have
 * figures, so a group under k can never be named here.
 */
final class AttentionRule {

    static final int WORSENED_QUESTIONS = 2;

    private AttentionRule() {
    }

    static ReportView.Attention of(ReportFigures figures, Wording w) {
        ReportInput input = figures.input();
        String rule = w.text("attention.rule", WORSENED_QUESTIONS, input.threshold());
        Map<String, Double> indexes = new LinkedHashMap<>();
        for (Group g : input.current().groups()) {
            Double index = figures.index(g);
            if (index != null) {
                indexes.put(g.name(), index);
            }
        }
        List<String> lowest = indexes.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit((indexes.size() + 3) / 4).map(Map.Entry::getKey).toList();
        List<ReportView.Flagged> flagged = new ArrayList<>();
        indexes.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(entry -> {
            List<String> worsened = figures.movements().stream()
                    .filter(m -> entry.getKey().equals(m.group()) && m.change().verdict() == Verdict.WORSENED)
                    .sorted(Comparator.comparing((Movement m) -> m.question().key()))
                    .map(m -> w.question(m.question())).toList();
            List<String> reasons = new ArrayList<>();
            if (worsened.size() >= WORSENED_QUESTIONS) {
                reasons.add(w.text("attention.worsened", w.list(worsened)));
            }
            if (lowest.contains(entry.getKey()) && !worsened.isEmpty()) {
                if (reasons.isEmpty()) {
                    reasons.add(w.text("attention.worsened", w.list(worsened)));
                }
                reasons.add(w.text("attention.lowest", indexes.size()));
            }
            if (!reasons.isEmpty()) {
                flagged.add(new ReportView.Flagged(entry.getKey(), w.index(entry.getValue()), reasons));
            }
        });
        return new ReportView.Attention(rule, flagged);
    }
}
