package org.barometer.analytics.stats;

/**
 * Sample median of the answers behind a histogram, as R's {@code median(x)} of the expanded
 * answers.
 *
 * <p>Formula, with {@code x₍ᵢ₎} the {@code i}-th smallest of {@code n} answers:
 * <pre>
 *   median = x₍₍ₙ₊₁₎/₂₎                      if n is odd
 *          = (x₍ₙ/₂₎ + x₍ₙ/₂₊₁₎) / 2          if n is even
 * </pre>
 * The order statistics are read from the cumulative counts, so an even {@code n} may give a
 * half value (for example 3.5) when the two middle answers differ.
 *
 * <p>Special cases: {@code n = 0} is rejected; {@code n = 1} gives the single answer.
 *
 * <p>Reference: R Core Team, {@code ?median} (package stats); Hyndman &amp; Fan (1996), type 7
 * at p = 0.5.
 */
final class HistogramMedian {

    private HistogramMedian() {
    }

    /**
     * @throws IllegalArgumentException if the histogram is empty
     */
    static double of(Histogram histogram) {
        long n = histogram.n();
        if (n == 0) {
            throw new IllegalArgumentException("No answers: " + histogram);
        }
        int lower = orderStatistic(histogram, (n + 1) / 2);
        int upper = n % 2 == 1 ? lower : orderStatistic(histogram, n / 2 + 1);
        return (lower + upper) / 2.0;
    }

    /** @return the {@code rank}-th smallest answer, {@code rank} counted from 1 */
    private static int orderStatistic(Histogram histogram, long rank) {
        long seen = 0;
        for (int i = 0; i < histogram.size(); i++) {
            seen += histogram.countAt(i);
            if (seen >= rank) {
                return histogram.valueAt(i);
            }
        }
        throw new IllegalStateException("Rank " + rank + " beyond " + seen + " answers");
    }
}
