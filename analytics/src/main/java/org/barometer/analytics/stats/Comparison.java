package org.barometer.analytics.stats;

import java.util.Objects;

/**
 * One cell compared between two waves, before any multiple-testing control: the input of a
 * {@link ChangeSet}.
 *
 * <p>Figures: {@code delta = x̄_after − x̄_before}; {@code pMannWhitney}, the two-sided
 * Mann–Whitney p with tie and continuity corrections ({@link MannWhitney}, R
 * {@code wilcox.test(before, after, exact = FALSE, correct = TRUE)}); {@code pWelch}, the Welch
 * t test p ({@link Welch}, R {@code t.test(before, after)}); {@code effectSize}, Cliff's
 * delta of after against before ({@link CliffsDelta}), from −1 to +1 on the raw scale (not
 * aligned with polarity).
 *
 * <p>Special cases ({@code null} marks a figure that does not exist): a side without answers
 * (or a question missing in a wave, {@link #questionMissing}) has no figure; {@code pWelch}
 * also needs two answers per side and some variance.
 *
 * @param nBefore answers in the earlier wave
 * @param nAfter answers in the later wave
 * @param polarity which end of the scale is good
 * @param delta difference of means, after minus before
 * @param pMannWhitney two-sided Mann–Whitney p-value
 * @param pWelch two-sided Welch t test p-value
 * @param effectSize Cliff's delta, after against before
 */
public record Comparison(
        long nBefore,
        long nAfter,
        Polarity polarity,
        Double delta,
        Double pMannWhitney,
        Double pWelch,
        Double effectSize) {

    public Comparison {
        Objects.requireNonNull(polarity, "polarity");
    }

    /**
     * @param before the cell in the earlier wave
     * @param after the same cell in the later wave, on the same scale
     * @throws IllegalArgumentException if the scales differ
     */
    public static Comparison of(Histogram before, Histogram after, Polarity polarity) {
        if (!before.sameScaleAs(after)) {
            throw new IllegalArgumentException("Different scales: " + before + " and " + after);
        }
        long nBefore = before.n();
        long nAfter = after.n();
        if (nBefore == 0 || nAfter == 0) {
            return new Comparison(nBefore, nAfter, polarity, null, null, null, null);
        }
        SampleMoments x = SampleMoments.of(before);
        SampleMoments y = SampleMoments.of(after);
        return new Comparison(nBefore, nAfter, polarity,
                y.mean() - x.mean(),
                MannWhitney.of(before, after).p(),
                Welch.pValue(x, y),
                CliffsDelta.of(before, after));
    }

    /** @return the comparison of a question asked in only one of the two waves */
    public static Comparison questionMissing(Polarity polarity) {
        return new Comparison(0, 0, polarity, null, null, null, null);
    }
}
