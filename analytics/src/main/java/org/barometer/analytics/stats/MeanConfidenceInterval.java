package org.barometer.analytics.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Two-sided 95 % confidence interval of a mean, Student t with {@code n − 1} degrees of
 * freedom, optionally with the finite-population correction.
 *
 * <p>Formula:
 * <pre>
 *   x̄ ± t₀.₉₇₅,ₙ₋₁ · s/√n · fpc,    fpc = √((N − n)/(N − 1))  (1 when N is unknown)
 * </pre>
 * Symbols: {@code x̄} sample mean, {@code s} sample standard deviation, {@code n} answers,
 * {@code N} size of the population sampled, i.e. the employees invited in the segment.
 * Without the correction this is {@code t.test(x)$conf.int} in R.
 *
 * <p>Special cases: {@code n < 2} has no interval (rejected here); all answers equal
 * ({@code s = 0}) or everyone invited answered ({@code N = n}) collapse the interval to the
 * mean; {@code N < n} is inconsistent data and rejected.
 *
 * <p>Reference: Cochran, W. G. (1977), <i>Sampling Techniques</i>, 3rd ed., §2.5 and §2.15.
 */
final class MeanConfidenceInterval {

    private static final double LEVEL = 0.95;
    /** Commons Math inverts the t CDF to 1e-9 by default; a tighter solver costs nothing here. */
    private static final double QUANTILE_ACCURACY = 1e-13;

    private MeanConfidenceInterval() {
    }

    /** @return the interval without finite-population correction */
    static Interval of(SampleMoments moments) {
        return of(moments, 1.0);
    }

    /**
     * @param population employees invited in the segment, {@code N ≥ n}
     * @return the interval with finite-population correction
     */
    static Interval of(SampleMoments moments, long population) {
        if (population < moments.n()) {
            throw new IllegalArgumentException(
                    "Population " + population + " smaller than the " + moments.n() + " answers");
        }
        double fpc = Math.sqrt((double) (population - moments.n()) / (population - 1));
        return of(moments, fpc);
    }

    private static Interval of(SampleMoments moments, double fpc) {
        long n = moments.n();
        if (n < 2) {
            throw new IllegalArgumentException("A confidence interval needs two answers, got " + n);
        }
        double t = new TDistribution(null, n - 1, QUANTILE_ACCURACY)
                .inverseCumulativeProbability((1 + LEVEL) / 2);
        return Interval.around(moments.mean(), t * moments.sd() / Math.sqrt(n) * fpc);
    }
}
