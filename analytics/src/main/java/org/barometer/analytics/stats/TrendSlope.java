package org.barometer.analytics.stats;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Ordinary least-squares slope of wave means against wave index, with its 95 % confidence
 * interval: R's {@code coef(lm(y ~ x))[2]} and {@code confint(lm(y ~ x))[2, ]}.
 *
 * <p>Formula, for the {@code m} waves with a mean {@code yᵢ} at index {@code xᵢ}:
 * <pre>
 *   b   = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)²
 *   se  = √( Σ(yᵢ − a − b·xᵢ)² / (m − 2) / Σ(xᵢ − x̄)² )
 *   CI  = b ± t₀.₉₇₅,ₘ₋₂ · se
 * </pre>
 * Computed by Commons Math {@link SimpleRegression}. Each wave weighs the same, whatever its
 * number of answers; the interval reflects the scatter of the means around the line.
 *
 * <p>Special cases: a missing wave keeps its index (the x axis is time, not position) and is
 * left out; fewer than two waves give no slope; exactly two waves give a slope without
 * interval ({@code m − 2 = 0} degrees of freedom); means exactly on a line give an interval of
 * zero width.
 *
 * <p>Reference: Draper, N. R. &amp; Smith, H. (1998), <i>Applied Regression Analysis</i>, 3rd
 * ed., §1.4.
 */
public final class TrendSlope {

    private static final double ALPHA = 0.05;

    private TrendSlope() {
    }

    /**
     * @param meansByWave the mean of each consecutive wave, {@code null} for a wave without
     *                    answers (the index in the list is the wave index)
     * @return the slope, or empty with fewer than two waves with a mean
     */
    public static Optional<Slope> fit(List<Double> meansByWave) {
        SortedMap<Integer, Double> byIndex = new TreeMap<>();
        for (int i = 0; i < meansByWave.size(); i++) {
            if (meansByWave.get(i) != null) {
                byIndex.put(i, meansByWave.get(i));
            }
        }
        return fit(byIndex);
    }

    /**
     * @param meanByWaveIndex wave index (e.g. quarters since the first wave) to that wave's mean;
     *                        a missing wave is an absent key
     * @return the slope, or empty with fewer than two waves
     * @throws IllegalArgumentException for a null or non-finite mean
     */
    public static Optional<Slope> fit(Map<Integer, Double> meanByWaveIndex) {
        if (meanByWaveIndex.size() < 2) {
            return Optional.empty();
        }
        SimpleRegression regression = new SimpleRegression(true);
        meanByWaveIndex.forEach((index, mean) -> {
            if (mean == null || !Double.isFinite(mean)) {
                throw new IllegalArgumentException("Wave " + index + " has no finite mean: leave it out");
            }
            regression.addData(index, mean);
        });
        int waves = meanByWaveIndex.size();
        Interval ci95 = waves > 2
                ? Interval.around(regression.getSlope(), regression.getSlopeConfidenceInterval(ALPHA))
                : null;
        return Optional.of(new Slope(regression.getSlope(), ci95, waves));
    }
}
