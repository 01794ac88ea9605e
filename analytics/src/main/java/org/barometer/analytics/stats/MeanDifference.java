package org.barometer.analytics.stats;

import org.apache.commons.math3.distribution.TDistribution;

import java.util.Optional;

/**
 * The difference of two groups' mean answers with its Welch 95 % interval, and the rank test of
 * the difference: what a finding of change reports (how much, how sure).
 *
 * <p>Formula, for answers {@code x} (first) and {@code y} (second):
 * <pre>
 *   d    = ȳ − x̄
 *   se   = √(s²_x/n_x + s²_y/n_y)
 *   ν    = se⁴ / ((s²_x/n_x)²/(n_x − 1) + (s²_y/n_y)²/(n_y − 1))     (Welch–Satterthwaite)
 *   ci95 = d ± t_{0.975, ν}·se
 *   p    = two-sided Mann–Whitney p with tie and continuity corrections ({@link MannWhitney})
 * </pre>
 * The rank test treats the answers as ordinal, as the scale is; the interval reads in points.
 *
 * <p>Special cases: a side with fewer than two answers gives no difference (empty); both sides
 * without variance give a zero-width interval at {@code d} and the rank test's p.
 *
 * <p>Reference: R {@code t.test(y, x)$conf.int} and {@code wilcox.test(x, y, exact = FALSE, correct = TRUE)$p.value}.
 *
 * @param difference ȳ − x̄
 * @param ci95       Welch's interval of it
 * @param p          the Mann–Whitney p-value
 */
public record MeanDifference(double difference, Interval ci95, double p) {

    /** @return the difference of {@code second} from {@code first}, or empty when a side has fewer than two answers */
    public static Optional<MeanDifference> of(Histogram first, Histogram second) {
        if (first.n() < 2 || second.n() < 2 || !first.sameScaleAs(second)) {
            return Optional.empty();
        }
        SampleMoments x = SampleMoments.of(first);
        SampleMoments y = SampleMoments.of(second);
        double d = y.mean() - x.mean();
        double vx = x.variance() / x.n();
        double vy = y.variance() / y.n();
        double se = Math.sqrt(vx + vy);
        double p = MannWhitney.of(first, second).p();
        if (se == 0) {
            return Optional.of(new MeanDifference(d, new Interval(d, d), p));
        }
        double df = Math.pow(vx + vy, 2) / (vx * vx / (x.n() - 1) + vy * vy / (y.n() - 1));
        double half = new TDistribution(null, df).inverseCumulativeProbability(0.975) * se;
        return Optional.of(new MeanDifference(d, Interval.around(d, half), p));
    }
}
