package org.barometer.analytics.stats;

import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.apache.commons.math3.stat.descriptive.StatisticalSummaryValues;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Sample size, mean and unbiased variance of the answers behind a histogram.
 *
 * <p>Formula, with {@code c_v} the count of scale value {@code v} and {@code n = Σ c_v}:
 * <pre>
 *   x̄  = Σ c_v·v / n
 *   s² = Σ c_v·(v − x̄)² / (n − 1)
 * </pre>
 * i.e. the frequency-weighted mean and variance of Commons Math ({@link Mean#evaluate(double[],
 * double[])}, {@link Variance#evaluate(double[], double[], double)} with bias correction), which
 * equal {@code mean(x)} and {@code var(x)} of the expanded answers {@code x}.
 *
 * <p>Special cases: {@code n = 0} is rejected; {@code n = 1} has no variance ({@code NaN});
 * all answers equal gives {@code s² = 0}.
 *
 * @param n number of answers
 * @param mean sample mean
 * @param variance sample variance with denominator {@code n − 1}, NaN when {@code n = 1}
 * @param min lowest answer given
 * @param max highest answer given
 */
record SampleMoments(long n, double mean, double variance, double min, double max) {

    /**
     * @throws IllegalArgumentException if the histogram is empty
     */
    static SampleMoments of(Histogram histogram) {
        long n = histogram.n();
        if (n == 0) {
            throw new IllegalArgumentException("No answers: " + histogram);
        }
        double[] values = new double[histogram.size()];
        double[] weights = new double[histogram.size()];
        double lowest = Double.NaN;
        double highest = Double.NaN;
        for (int i = 0; i < values.length; i++) {
            values[i] = histogram.valueAt(i);
            weights[i] = histogram.countAt(i);
            if (weights[i] > 0) {
                lowest = Double.isNaN(lowest) ? values[i] : lowest;
                highest = values[i];
            }
        }
        double mean = new Mean().evaluate(values, weights);
        double variance = n > 1 ? new Variance(true).evaluate(values, weights, mean) : Double.NaN;
        return new SampleMoments(n, mean, variance, lowest, highest);
    }

    /** @return sample standard deviation, NaN when {@code n = 1} */
    double sd() {
        return Math.sqrt(variance);
    }

    /** @return these moments in the form Commons Math inference expects */
    StatisticalSummary summary() {
        return new StatisticalSummaryValues(mean, variance, n, max, min, mean * n);
    }
}
