package org.barometer.analytics.stats;

import org.apache.commons.math3.distribution.TDistribution;

import java.util.List;

/**
 * The straight line through the answers of consecutive waves: the least-squares slope of each
 * answer on its wave's rank, fitted on the answers (not on the waves' means), with its 95 %
 * interval. Reported as the change over the waves, so that it reads in points of the scale.
 *
 * <p>Formula, for answers {@code yᵢ} given in wave {@code wᵢ = 0..W−1}, {@code n} answers:
 * <pre>
 *   b      = S_wy / S_ww,   S_ww = Σ (wᵢ − w̄)²,  S_wy = Σ (wᵢ − w̄)(yᵢ − ȳ),  S_yy = Σ (yᵢ − ȳ)²
 *   s²     = (S_yy − b·S_wy) / (n − 2)
 *   se(b)  = √(s² / S_ww)
 *   change = b·(W − 1),   ci95 = change ± t_{0.975, n−2}·se(b)·(W − 1)
 * </pre>
 * The sums need only each wave's histogram, so the cost does not grow with the answers.
 *
 * <p>Special cases: fewer than three answers, or answers in one wave only ({@code S_ww = 0}),
 * give no trend (empty); answers all equal give {@code s² = 0} and a zero-width interval.
 *
 * <p>Reference: R {@code m <- lm(y ~ w); coef(m)[2] * (W - 1); confint(m)[2, ] * (W - 1)}.
 *
 * @param change fitted change from the first wave to the last, in points
 * @param ci95   its 95 % interval
 * @param n      answers
 */
public record LinearTrend(double change, Interval ci95, long n) {

    /** @return the trend over {@code waves} (oldest first), or empty when it has no estimate */
    public static java.util.Optional<LinearTrend> of(List<Histogram> waves) {
        double n = 0;
        double sw = 0;
        double sy = 0;
        for (int w = 0; w < waves.size(); w++) {
            Histogram h = waves.get(w);
            for (int i = 0; i < h.size(); i++) {
                double c = h.countAt(i);
                n += c;
                sw += c * w;
                sy += c * h.valueAt(i);
            }
        }
        if (n < 3) {
            return java.util.Optional.empty();
        }
        double wBar = sw / n;
        double yBar = sy / n;
        double sww = 0;
        double swy = 0;
        double syy = 0;
        for (int w = 0; w < waves.size(); w++) {
            Histogram h = waves.get(w);
            for (int i = 0; i < h.size(); i++) {
                double c = h.countAt(i);
                double dw = w - wBar;
                double dy = h.valueAt(i) - yBar;
                sww += c * dw * dw;
                swy += c * dw * dy;
                syy += c * dy * dy;
            }
        }
        if (sww <= 0) {
            return java.util.Optional.empty();
        }
        double slope = swy / sww;
        double s2 = Math.max(0, (syy - slope * swy) / (n - 2));
        double span = waves.size() - 1;
        double half = new TDistribution(null, n - 2).inverseCumulativeProbability(0.975) * Math.sqrt(s2 / sww) * span;
        return java.util.Optional.of(new LinearTrend(slope * span, Interval.around(slope * span, half), (long) n));
    }
}
