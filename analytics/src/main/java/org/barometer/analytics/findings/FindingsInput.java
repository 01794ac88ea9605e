package org.barometer.analytics.findings;

import org.barometer.analytics.stats.CrossProducts;
import org.barometer.analytics.stats.Histogram;
import org.barometer.analytics.stats.Polarity;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the findings of a wave may use, already through the disclosure gate: each wave's shown
 * groups with their shown figures, nothing of a hidden group.
 *
 * @param questions          the rated questions of the reported wave, in the order asked
 * @param waves              the closed waves of the same questions, oldest first, the reported wave last
 * @param parents            a group nested in another (a team in its department): the finer to the wider
 * @param crossProducts      the reported wave's sums of answers per shown group ({@code {}} for the
 *                           organisation), questions in the order of {@code questions}; may be empty
 * @param threshold          the anonymity threshold k of the reported wave
 * @param minimalDifference  the smallest difference worth reporting, in points of a 1–5 scale
 *                           (scaled to each question's range)
 */
public record FindingsInput(List<Question> questions, List<Wave> waves, Map<Map<String, String>, Map<String, String>> parents,
                            Map<Map<String, String>, CrossProducts> crossProducts, int threshold, double minimalDifference) {

    /** The default smallest difference worth reporting: a quarter of a point on a 1–5 scale. */
    public static final double MINIMAL_DIFFERENCE = 0.25;

    public FindingsInput {
        questions = List.copyOf(questions);
        waves = List.copyOf(waves);
        parents = Map.copyOf(parents);
        crossProducts = Map.copyOf(crossProducts);
        if (waves.isEmpty()) {
            throw new IllegalArgumentException("Findings need at least the reported wave");
        }
        if (!(minimalDifference > 0)) {
            throw new IllegalArgumentException("The minimal difference must be positive, got " + minimalDifference);
        }
    }

    /** @return the reported wave */
    public Wave current() {
        return waves.get(waves.size() - 1);
    }

    /**
     * @param label the short name of what it measures, by language ({@code fr}, {@code en})
     */
    public record Question(String key, int min, int max, Polarity polarity, Map<String, String> label) {
        public Question {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(polarity, "polarity");
            label = Map.copyOf(label);
        }

        /** @return the minimal difference on this question's range */
        double minimal(double onOneToFive) {
            return onOneToFive * (max - min) / 4.0;
        }
    }

    /**
     * @param opened the day it opened, to find the same quarter a year before
     * @param groups each shown group ({@code {}} the organisation) to its shown figures by question
     */
    public record Wave(String label, LocalDate opened, Map<Map<String, String>, Map<String, Histogram>> groups) {
        public Wave {
            Objects.requireNonNull(label, "label");
            groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        }

        /** @return the group's answers to the question, or null when not shown */
        public Histogram answers(Map<String, String> segment, String question) {
            Map<String, Histogram> figures = groups.get(segment);
            return figures == null ? null : figures.get(question);
        }
    }
}
