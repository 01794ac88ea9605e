package org.barometer.analytics.findings;

import org.barometer.analytics.stats.CrossProducts;
import org.barometer.analytics.stats.Interval;
import org.barometer.analytics.stats.Polarity;
import org.barometer.analytics.stats.RelativeImportance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which questions move a group's well-being index: each question's share of the index's
 * variation ({@link RelativeImportance}, LMG), with its bootstrap interval, for the organisation
 * and every shown group with at least {@code max(25, 10·p)} answers.
 *
 * @param segment the group ({@code {}} the organisation)
 * @param n       its answers
 * @param shares  question key to its share (summing to R², here 1), in the questions' order
 * @param ci95    question key to its share's 95 % bootstrap interval; empty when computed without
 */
public record Drivers(Map<String, String> segment, long n, Map<String, Double> shares, Map<String, Interval> ci95) {

    /** Bootstrap draws: enough for stable 2.5 % and 97.5 % quantiles at a few milliseconds per group. */
    public static final int BOOTSTRAP = 200;

    public Drivers {
        segment = Map.copyOf(segment);
        shares = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shares));
        ci95 = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ci95));
    }

    /** @return the fewest answers a group needs for its drivers: max(25, 10·p) */
    public static long minimumAnswers(int questions) {
        return Math.max(25, 10L * questions);
    }

    /** The drivers, with their intervals, of every group of the input that has enough answers, the organisation first. */
    public static List<Drivers> of(FindingsInput input) {
        return of(input, segment -> true, BOOTSTRAP);
    }

    /**
     * @param which     the groups wanted (the organisation is {@code {}})
     * @param bootstrap draws for the intervals; 0 for the shares alone (priorities need no more)
     */
    public static List<Drivers> of(FindingsInput input, java.util.function.Predicate<Map<String, String>> which, int bootstrap) {
        List<FindingsInput.Question> questions = input.questions();
        double[] index = indexWeights(questions);
        List<Drivers> all = new ArrayList<>();
        input.crossProducts().entrySet().stream()
                .filter(e -> input.current().groups().containsKey(e.getKey()) && which.test(e.getKey()))
                .filter(e -> e.getValue().p() == questions.size() && e.getValue().n() >= minimumAnswers(questions.size()))
                .sorted(java.util.Comparator.comparing((Map.Entry<Map<String, String>, CrossProducts> e) -> !e.getKey().isEmpty())
                        .thenComparing(e -> e.getKey().toString()))
                .forEach(e -> all.add(of(e.getKey(), e.getValue(), questions, index, input.current().label(), bootstrap)));
        return all;
    }

    private static Drivers of(Map<String, String> segment, CrossProducts sums, List<FindingsInput.Question> questions,
                              double[] index, String wave, int bootstrap) {
        long seed = Objects.hash(wave, segment.toString());
        RelativeImportance importance = RelativeImportance.of(sums, index, bootstrap, seed);
        Map<String, Double> shares = new LinkedHashMap<>();
        Map<String, Interval> ci = new LinkedHashMap<>();
        for (int j = 0; j < questions.size(); j++) {
            shares.put(questions.get(j).key(), importance.shares()[j]);
            if (importance.ci95() != null) {
                ci.put(questions.get(j).key(), importance.ci95().get(j));
            }
        }
        return new Drivers(segment, sums.n(), shares, ci);
    }

    /**
     * The index as a combination of the answers: each question rescaled to 0–100 with 100 at its
     * good end, averaged (the respondent-level form of the well-being index).
     */
    static double[] indexWeights(List<FindingsInput.Question> questions) {
        double[] a = new double[questions.size()];
        for (int j = 0; j < a.length; j++) {
            FindingsInput.Question q = questions.get(j);
            double sign = q.polarity() == Polarity.NEGATIVE ? -1 : 1;
            a[j] = sign * 100.0 / ((q.max() - q.min()) * a.length);
        }
        return a;
    }
}
