package org.barometer.analytics.stats;

/**
 * Cliff's delta of {@code after} against {@code before}: how much more often an answer after is
 * higher than an answer before than lower. Equal to the rank-biserial correlation
 * {@code 2U/(n₁n₂) − 1} of the Mann–Whitney test.
 *
 * <p>Formula, with {@code aᵥ}, {@code bᵥ} the counts of value {@code v} after and before:
 * <pre>
 *   δ = (#{(i, j): yᵢ > xⱼ} − #{(i, j): yᵢ &lt; xⱼ}) / (n_after · n_before)
 *     = Σᵥ aᵥ · (B_{&lt;v} − B_{&gt;v}) / (n_after · n_before)
 * </pre>
 * where {@code B_{<v}} ({@code B_{>v}}) counts answers before below (above) {@code v}. Ranges
 * from −1 (every answer lower after) to +1 (every answer higher after); ties count zero. In R:
 * {@code mean(sign(outer(after, before, "-")))}.
 *
 * <p>Special cases: an empty side is rejected; identical distributions give 0.
 *
 * <p>Reference: Cliff, N. (1993), Dominance statistics: ordinal analyses to answer ordinal
 * questions, <i>Psychological Bulletin</i> 114(3), 494–509; Kerby, D. S. (2014), The simple
 * difference formula, <i>Comprehensive Psychology</i> 3, 11.IT.3.1.
 */
final class CliffsDelta {

    private CliffsDelta() {
    }

    /**
     * @throws IllegalArgumentException if a side is empty or the scales differ
     */
    static double of(Histogram before, Histogram after) {
        if (!before.sameScaleAs(after)) {
            throw new IllegalArgumentException("Different scales: " + before + " and " + after);
        }
        double nBefore = before.n();
        double nAfter = after.n();
        if (nBefore == 0 || nAfter == 0) {
            throw new IllegalArgumentException("Empty sample: " + before + " and " + after);
        }
        double below = 0;
        double dominance = 0;
        for (int i = 0; i < before.size(); i++) {
            double above = nBefore - below - before.countAt(i);
            dominance += after.countAt(i) * (below - above);
            below += before.countAt(i);
        }
        return dominance / (nAfter * nBefore);
    }
}
