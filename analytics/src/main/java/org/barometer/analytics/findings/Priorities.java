package org.barometer.analytics.findings;

import org.barometer.analytics.stats.Histogram;
import org.barometer.analytics.stats.Polarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Where each group should look first, as Peakon and Qualtrics rank it: each question's weight on
 * well-being times the group's gap on it, the three most negative products its priorities and
 * the three most positive its strengths.
 *
 * <p>Formula, for a group and question {@code j}: {@code score_j = w_j · g_j}, with {@code w_j}
 * the question's share of the index's variation (the group's own drivers when it has enough
 * answers, else the organisation's, else equal shares) and {@code g_j} the gap in points, aligned
 * so that positive is good: the group's mean minus the organisation's for a group; for the
 * organisation, its question's 0–100 score minus the average of its scores, back in points.
 */
final class Priorities {

    static final int TOP = 3;

    private Priorities() {
    }

    static List<Finding> of(FindingsInput input, List<Drivers> drivers) {
        Map<String, Double> organisationWeights = drivers.stream().filter(d -> d.segment().isEmpty()).findFirst()
                .map(Drivers::shares).orElse(null);
        List<Finding> found = new ArrayList<>();
        for (Map<String, String> segment : input.current().groups().keySet()) {
            Map<String, Double> weights = drivers.stream().filter(d -> d.segment().equals(segment)).findFirst()
                    .map(Drivers::shares).orElse(organisationWeights);
            found.addAll(of(input, segment, weights));
        }
        return found;
    }

    private static List<Finding> of(FindingsInput input, Map<String, String> segment, Map<String, Double> weights) {
        FindingsInput.Wave wave = input.current();
        List<Finding> scored = new ArrayList<>();
        double averageScore = segment.isEmpty() ? averageScore(input) : Double.NaN;
        for (FindingsInput.Question q : input.questions()) {
            Histogram group = wave.answers(segment, q.key());
            Histogram organisation = wave.answers(Map.of(), q.key());
            if (group == null || organisation == null || group.n() == 0 || organisation.n() == 0) {
                continue;
            }
            double sign = q.polarity() == Polarity.NEGATIVE ? -1 : 1;
            double mean = Candidates.mean(group);
            double aligned = segment.isEmpty()
                    ? (score(q, mean) - averageScore) * (q.max() - q.min()) / 100.0
                    : sign * (mean - Candidates.mean(organisation));
            if (Math.abs(aligned) < 1e-12) {
                continue;
            }
            double weight = weights == null ? 1.0 / input.questions().size() : weights.getOrDefault(q.key(), 0.0);
            double reference = segment.isEmpty() ? mean - sign * aligned : Candidates.mean(organisation);
            scored.add(new Finding(aligned < 0 ? Finding.Kind.PRIORITY : Finding.Kind.STRENGTH, segment, q.key(), aligned > 0,
                    sign * aligned, null, null, reference, mean, null, 1, weights == null ? null : weight, null, false));
        }
        Comparator<Finding> byScore = Comparator.comparingDouble(f -> Math.abs(f.effect()) * (f.weight() == null ? 1 : f.weight()));
        List<Finding> top = new ArrayList<>();
        scored.stream().filter(f -> f.kind() == Finding.Kind.PRIORITY).sorted(byScore.reversed()).limit(TOP).forEach(top::add);
        scored.stream().filter(f -> f.kind() == Finding.Kind.STRENGTH).sorted(byScore.reversed()).limit(TOP).forEach(top::add);
        return top;
    }

    private static double averageScore(FindingsInput input) {
        double sum = 0;
        int used = 0;
        for (FindingsInput.Question q : input.questions()) {
            Histogram h = input.current().answers(Map.of(), q.key());
            if (h != null && h.n() > 0) {
                sum += score(q, Candidates.mean(h));
                used++;
            }
        }
        return used == 0 ? Double.NaN : sum / used;
    }

    /** The question's 0–100 score with 100 at its good end (as the well-being index). */
    private static double score(FindingsInput.Question q, double mean) {
        double s = 100 * (mean - q.min()) / (q.max() - q.min());
        return q.polarity() == Polarity.NEGATIVE ? 100 - s : s;
    }
}
