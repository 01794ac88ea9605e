package org.barometer.analytics.stats;

/**
 * Trend of a cell over waves: the least-squares slope of its wave means per wave.
 *
 * @param value change of the mean per wave
 * @param ci95 95 % confidence interval of the slope, or {@code null} with only two waves
 * @param waves number of waves with answers that were fitted
 */
public record Slope(double value, Interval ci95, int waves) {
}
