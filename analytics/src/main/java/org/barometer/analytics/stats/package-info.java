/**
 * Statistics of rated questions, all computed from histograms (the count of each scale value),
 * so their cost grows with the number of cells and scale points, never with the number of
 * responses.
 *
 * <p>Public face: {@link org.barometer.analytics.stats.Histogram},
 * {@link org.barometer.analytics.stats.CellStatistics},
 * {@link org.barometer.analytics.stats.WellBeingIndex},
 * {@link org.barometer.analytics.stats.Comparison} and
 * {@link org.barometer.analytics.stats.ChangeSet} (between two waves),
 * {@link org.barometer.analytics.stats.TrendSlope} (over many waves). Result records use
 * {@code null} for a figure that is not defined (for example the standard deviation of one
 * answer), so they serialise to JSON without NaN.
 */
package org.barometer.analytics.stats;
