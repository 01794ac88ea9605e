package org.barometer.analytics.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Two-sided Wilcoxon–Mann–Whitney rank-sum test from two histograms, normal approximation with
 * tie and continuity corrections: exactly R's
 * {@code wilcox.test(x, y, exact = FALSE, correct = TRUE)}.
 *
 * <p>Formula. Pool both samples; a scale value {@code v} answered {@code tᵥ = aᵥ + bᵥ} times
 * ({@code aᵥ} in {@code x}, {@code bᵥ} in {@code y}) takes the mid-rank
 * {@code rᵥ = Tᵥ + (tᵥ + 1)/2}, {@code Tᵥ} being the number of pooled answers below {@code v}.
 * <pre>
 *   W = Σ aᵥ·rᵥ − nₓ(nₓ + 1)/2
 *   σ = √( nₓnᵧ/12 · ((N + 1) − Σ(tᵥ³ − tᵥ) / (N(N − 1))) ),   N = nₓ + nᵧ
 *   z = (W − nₓnᵧ/2 − ½·sign(W − nₓnᵧ/2)) / σ
 *   p = 2·Φ(−|z|)
 * </pre>
 * Commons Math's {@code MannWhitneyUTest} is not used: it ranks raw arrays (cost grows with
 * responses) and has neither the tie nor the continuity correction.
 *
 * <p>Special cases: either sample empty is rejected; all pooled answers equal makes
 * {@code σ = 0}, where R returns NaN and this returns {@code p = 1} (no evidence of a
 * difference).
 *
 * <p>Reference: Hollander, Wolfe &amp; Chicken (2014), <i>Nonparametric Statistical Methods</i>,
 * 3rd ed., §4.1 (large-sample approximation with ties); R Core Team, {@code ?wilcox.test}.
 *
 * @param w the Mann–Whitney statistic of {@code x} (R's {@code W})
 * @param z the corrected standard normal deviate
 * @param p the two-sided p-value
 */
record MannWhitney(double w, double z, double p) {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    /**
     * @throws IllegalArgumentException if a sample is empty or the scales differ
     */
    static MannWhitney of(Histogram x, Histogram y) {
        if (!x.sameScaleAs(y)) {
            throw new IllegalArgumentException("Different scales: " + x + " and " + y);
        }
        double nx = x.n();
        double ny = y.n();
        if (nx == 0 || ny == 0) {
            throw new IllegalArgumentException("Empty sample: " + x + " and " + y);
        }
        double rankSumX = 0;
        double ties = 0;
        double below = 0;
        for (int i = 0; i < x.size(); i++) {
            double t = x.countAt(i) + y.countAt(i);
            rankSumX += x.countAt(i) * (below + (t + 1) / 2);
            ties += t * t * t - t;
            below += t;
        }
        double w = rankSumX - nx * (nx + 1) / 2;
        double n = nx + ny;
        double sigma = Math.sqrt(nx * ny / 12 * ((n + 1) - ties / (n * (n - 1))));
        double centred = w - nx * ny / 2;
        if (sigma == 0) {
            return new MannWhitney(w, 0, 1);
        }
        double z = (centred - 0.5 * Math.signum(centred)) / sigma;
        return new MannWhitney(w, z, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
    }
}
