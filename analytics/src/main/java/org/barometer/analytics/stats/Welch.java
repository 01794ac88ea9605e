package org.barometer.analytics.stats;

import org.apache.commons.math3.stat.inference.TTest;

/**
 * Two-sided Welch t test of two means from their moments, as R's {@code t.test(x, y)}.
 *
 * <p>Formula:
 * <pre>
 *   t  = (x̄ − ȳ) / √(sₓ²/nₓ + sᵧ²/nᵧ)
 *   ν  = (sₓ²/nₓ + sᵧ²/nᵧ)² / ((sₓ²/nₓ)²/(nₓ − 1) + (sᵧ²/nᵧ)²/(nᵧ − 1))
 *   p  = 2·P(T_ν ≤ −|t|)
 * </pre>
 * Computed by Commons Math {@link TTest#tTest(org.apache.commons.math3.stat.descriptive.StatisticalSummary,
 * org.apache.commons.math3.stat.descriptive.StatisticalSummary)} from {@link SampleMoments},
 * so no answer is read twice.
 *
 * <p>Special cases: fewer than two answers on a side, or both sides with zero variance
 * (R: "data are essentially constant"), have no p-value ({@code null}). One side with zero
 * variance is fine ({@code ν = n − 1} of the other side).
 *
 * <p>Reference: Welch, B. L. (1947), The generalization of "Student's" problem when several
 * different population variances are involved, <i>Biometrika</i> 34, 28–35.
 */
final class Welch {

    private Welch() {
    }

    /** @return the two-sided p-value, or {@code null} when the test is not defined */
    static Double pValue(SampleMoments x, SampleMoments y) {
        if (x.n() < 2 || y.n() < 2 || (x.variance() == 0 && y.variance() == 0)) {
            return null;
        }
        return new TTest().tTest(x.summary(), y.summary());
    }
}
