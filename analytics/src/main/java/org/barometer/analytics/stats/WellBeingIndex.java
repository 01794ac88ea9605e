package org.barometer.analytics.stats;

import java.util.List;
import java.util.Objects;

/**
 * Composite well-being index from 0 (worst) to 100 (best): the average of the rated questions'
 * means, each rescaled to 0–100 and aligned so that 100 is always the good end.
 *
 * <p>Formula, for the {@code J} questions that have answers:
 * <pre>
 *   sⱼ    = 100 · (x̄ⱼ − minⱼ) / (maxⱼ − minⱼ)    for a positive question
 *   sⱼ    = 100 − 100 · (x̄ⱼ − minⱼ) / (maxⱼ − minⱼ)   for a negative question (e.g. stress)
 *   index = (1/J) · Σ sⱼ
 * </pre>
 * Symbols: {@code x̄ⱼ} mean of question {@code j}, {@code minⱼ..maxⱼ} its scale. Each
 * question weighs the same whatever its number of answers, so a 1–5 and a 0–10 question
 * count alike.
 *
 * <p>Special cases: a question without answers is left out ({@code J} counts the others); no
 * answered question gives {@code value = null}, {@code items = 0}.
 *
 * <p>Reference: the "percent of maximum possible" (POMP) rescaling of Cohen, Cohen, Aiken &amp;
 * West (1999), <i>Multivariate Behavioral Research</i> 34(3), 315–346.
 *
 * @param value the index, or {@code null} when no question has answers
 * @param items number of questions averaged ({@code J})
 */
public record WellBeingIndex(Double value, int items) {

    /**
     * One rated question of the index.
     *
     * @param histogram its answers in the cell
     * @param polarity which end of its scale is good
     */
    public record Item(Histogram histogram, Polarity polarity) {
        public Item {
            Objects.requireNonNull(histogram, "histogram");
            Objects.requireNonNull(polarity, "polarity");
        }
    }

    /** @return the index over {@code items} */
    public static WellBeingIndex of(List<Item> items) {
        double sum = 0;
        int used = 0;
        for (Item item : items) {
            if (item.histogram().n() > 0) {
                sum += score(item.histogram(), item.polarity());
                used++;
            }
        }
        return new WellBeingIndex(used == 0 ? null : sum / used, used);
    }

    /**
     * @return the question's aligned 0–100 score {@code sⱼ}
     * @throws IllegalArgumentException if the histogram is empty
     */
    public static double score(Histogram histogram, Polarity polarity) {
        double mean = SampleMoments.of(histogram).mean();
        double rescaled = 100 * (mean - histogram.min()) / (histogram.max() - histogram.min());
        return polarity == Polarity.POSITIVE ? rescaled : 100 - rescaled;
    }
}
