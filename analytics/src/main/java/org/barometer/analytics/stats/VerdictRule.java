package org.barometer.analytics.stats;

/**
 * How a {@link Comparison} and its q-value become a {@link Verdict}.
 *
 * <p>Rule:
 * <ol>
 *   <li>{@link Verdict#UNCERTAIN} when a wave has fewer than {@code minResponses} answers
 *       (a missing question has none); such comparisons get no q-value and do not enlarge the
 *       Benjamini–Hochberg family.</li>
 *   <li>{@link Verdict#STABLE} when {@code q ≥ alpha}: the change does not survive the
 *       false-discovery control, whatever the size of the difference of means.</li>
 *   <li>otherwise {@link Verdict#IMPROVED} or {@link Verdict#WORSENED} by the sign of the
 *       effect size (Cliff's delta, after against before) aligned with the question's polarity:
 *       a rise is an improvement for clarity and a worsening for stress. The effect size, not
 *       the difference of means, gives the direction because it is what the Mann–Whitney test
 *       tests; it is never 0 when {@code q < alpha}.</li>
 * </ol>
 * The standard rule, {@code minResponses = 5} and {@code alpha = 0.05}, matches the default
 * anonymity threshold: a cell with fewer answers is not shown anyway.
 *
 * @param minResponses fewest answers each wave needs for a call, at least 2
 * @param alpha false-discovery rate, in {@code (0, 1)}
 */
public record VerdictRule(int minResponses, double alpha) {

    public VerdictRule {
        if (minResponses < 2) {
            throw new IllegalArgumentException("minResponses must be at least 2, got " + minResponses);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie in (0, 1), got " + alpha);
        }
    }

    /** @return {@code minResponses = 5}, {@code alpha = 0.05} */
    public static VerdictRule standard() {
        return new VerdictRule(5, 0.05);
    }

    /** @return whether the comparison has enough answers to enter the family and get a call */
    public boolean callable(Comparison comparison) {
        return comparison.nBefore() >= minResponses && comparison.nAfter() >= minResponses
                && comparison.pMannWhitney() != null;
    }

    /**
     * @param q the comparison's q-value, {@code null} when it is not {@link #callable}
     * @return the verdict
     */
    public Verdict verdict(Comparison comparison, Double q) {
        if (!callable(comparison) || q == null) {
            return Verdict.UNCERTAIN;
        }
        if (q >= alpha) {
            return Verdict.STABLE;
        }
        return comparison.polarity().align(comparison.effectSize()) > 0 ? Verdict.IMPROVED : Verdict.WORSENED;
    }
}
