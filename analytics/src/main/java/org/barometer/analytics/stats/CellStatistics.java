package org.barometer.analytics.stats;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything shown for one cell (wave, segment, question), computed from its histogram.
 *
 * <p>Figures: {@code n}; {@code mean} and {@code sd} (sample, denominator {@code n − 1}, see
 * {@link SampleMoments}); {@code median} as R's {@code median} ({@link HistogramMedian});
 * {@code ci95} of the mean, t with {@code n − 1} degrees of freedom, with the finite-population
 * correction {@code √((N − n)/(N − 1))} when the invited count {@code N} is given
 * ({@link MeanConfidenceInterval}); {@code favorable} share of the two best boxes and its
 * Wilson interval ({@link FavorableShare}); the {@code distribution}.
 *
 * <p>Special cases ({@code null} marks a figure that does not exist):
 * <ul>
 *   <li>{@code n = 0}: only {@code n} and the (all-zero) distribution;</li>
 *   <li>{@code n = 1}: no {@code sd}, no {@code ci95};</li>
 *   <li>all answers equal: {@code sd = 0} and {@code ci95 = [mean, mean]}; likewise
 *       {@code N = n} collapses {@code ci95} to the mean.</li>
 * </ul>
 * This record says nothing about anonymity: the caller shows it only where the wave's
 * {@code PublicationPlan} (analytics' DisclosureGate) shows the cell's answers.
 *
 * @param n number of answers
 * @param mean sample mean
 * @param sd sample standard deviation
 * @param median sample median
 * @param ci95 95 % confidence interval of the mean
 * @param fpcApplied whether {@code ci95} includes the finite-population correction
 * @param favorable share of favourable answers, between 0 and 1
 * @param favorableCi95 Wilson 95 % interval of {@code favorable}
 * @param distribution count of each scale value, zero counts included, ascending
 */
public record CellStatistics(
        long n,
        Double mean,
        Double sd,
        Double median,
        Interval ci95,
        boolean fpcApplied,
        Double favorable,
        Interval favorableCi95,
        SortedMap<Integer, Long> distribution) {

    public CellStatistics {
        distribution = Collections.unmodifiableSortedMap(new TreeMap<>(distribution));
    }

    /**
     * @return the statistics without finite-population correction (invited count unknown)
     */
    public static CellStatistics of(Histogram histogram, Polarity polarity) {
        return of(histogram, polarity, null);
    }

    /**
     * @param invited employees invited in the segment ({@code N}), at least {@code n}
     * @return the statistics, the interval of the mean corrected for the finite population
     */
    public static CellStatistics of(Histogram histogram, Polarity polarity, long invited) {
        return of(histogram, polarity, Long.valueOf(invited));
    }

    private static CellStatistics of(Histogram histogram, Polarity polarity, Long invited) {
        long n = histogram.n();
        if (invited != null && invited < n) {
            throw new IllegalArgumentException("Invited " + invited + " smaller than the " + n + " answers");
        }
        if (n == 0) {
            return new CellStatistics(0, null, null, null, null, false, null, null, histogram.distribution());
        }
        SampleMoments moments = SampleMoments.of(histogram);
        FavorableShare favorable = FavorableShare.of(histogram, polarity);
        Double sd = n > 1 ? moments.sd() : null;
        Interval ci95 = null;
        if (n > 1) {
            ci95 = invited == null
                    ? MeanConfidenceInterval.of(moments)
                    : MeanConfidenceInterval.of(moments, invited);
        }
        return new CellStatistics(n, moments.mean(), sd, HistogramMedian.of(histogram), ci95,
                ci95 != null && invited != null, favorable.share(), favorable.ci95(), histogram.distribution());
    }
}
