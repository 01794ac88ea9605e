package org.barometer.analytics.stats;

/**
 * A {@link Comparison} with its Benjamini–Hochberg q-value and {@link Verdict}: what the
 * service shows for a change of one cell between two waves. Built only by {@link ChangeSet}, so
 * no verdict exists without the family it was controlled in.
 *
 * @param nBefore answers in the earlier wave
 * @param nAfter answers in the later wave
 * @param delta difference of means, after minus before, or {@code null}
 * @param pMannWhitney two-sided Mann–Whitney p-value, or {@code null}
 * @param pWelch two-sided Welch t test p-value, or {@code null}
 * @param q Benjamini–Hochberg q-value of {@code pMannWhitney} within the change set, or
 *          {@code null} when the comparison had too few answers to enter the family
 * @param effectSize Cliff's delta, after against before, or {@code null}
 * @param verdict improved, worsened, stable or uncertain
 */
public record Change(
        long nBefore,
        long nAfter,
        Double delta,
        Double pMannWhitney,
        Double pWelch,
        Double q,
        Double effectSize,
        Verdict verdict) {
}
