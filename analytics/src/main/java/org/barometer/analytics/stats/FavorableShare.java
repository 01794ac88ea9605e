package org.barometer.analytics.stats;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.IntervalUtils;

/**
 * Share of favourable answers ("top two boxes") with its Wilson score 95 % interval.
 *
 * <p>Formula, with {@code x} favourable answers among {@code n}, {@code p̂ = x/n} and
 * {@code z = Φ⁻¹(0.975)}:
 * <pre>
 *   favourable = the two highest scale values, or the two lowest for a negative polarity
 *   share      = p̂
 *   Wilson     = (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n)
 * </pre>
 * The interval is that of R's {@code prop.test(x, n, correct = FALSE)$conf.int}, computed
 * by Commons Math {@link IntervalUtils#getWilsonScoreInterval}; bounds are clamped to
 * {@code [0, 1]} against rounding at {@code x = 0} and {@code x = n}.
 *
 * <p>Special cases: {@code n = 0} is rejected; {@code n = 1} gives a share of 0 or 1 with a
 * wide interval; on a 0–10 scale the top two boxes are 9 and 10.
 *
 * <p>Reference: Wilson, E. B. (1927), Probable inference, the law of succession, and
 * statistical inference, <i>JASA</i> 22, 209–212; Newcombe (1998), <i>Stat. Med.</i> 17, 857.
 *
 * @param favorable number of favourable answers
 * @param n number of answers
 * @param share {@code favorable / n}
 * @param ci95 Wilson 95 % interval of the share
 */
record FavorableShare(long favorable, long n, double share, Interval ci95) {

    private static final double LEVEL = 0.95;

    /**
     * @throws IllegalArgumentException if the histogram is empty
     */
    static FavorableShare of(Histogram histogram, Polarity polarity) {
        long n = histogram.n();
        if (n == 0) {
            throw new IllegalArgumentException("No answers: " + histogram);
        }
        long favorable = 0;
        for (int value = histogram.min(); value <= histogram.max(); value++) {
            if (polarity.favourable(value, histogram.min(), histogram.max())) {
                favorable += histogram.count(value);
            }
        }
        ConfidenceInterval wilson = IntervalUtils.getWilsonScoreInterval(
                Math.toIntExact(n), Math.toIntExact(favorable), LEVEL);
        Interval ci95 = new Interval(Math.max(0, wilson.getLowerBound()), Math.min(1, wilson.getUpperBound()));
        return new FavorableShare(favorable, n, (double) favorable / n, ci95);
    }
}
