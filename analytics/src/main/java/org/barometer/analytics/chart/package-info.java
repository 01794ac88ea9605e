/**
 * Charts of the dashboard and the report, drawn by JFreeChart: {@link org.barometer.analytics.chart.TrendChart}
 * (means over waves with their 95 % band), {@link org.barometer.analytics.chart.HeatmapChart} (groups ×
 * questions), {@link org.barometer.analytics.chart.DistributionChart} (diverging stacked bars) and
 * {@link org.barometer.analytics.chart.ParticipationChart}. Each takes an immutable record of figures
 * that already passed the anonymity guard and returns a {@link org.barometer.analytics.chart.Chart},
 * rendered as PNG or SVG at a bounded {@link org.barometer.analytics.chart.ChartSize}. Words come from
 * {@link org.barometer.analytics.chart.ChartTexts} in French or English; every text is drawn in DejaVu
 * Sans ({@link org.barometer.analytics.chart.ChartFonts}), whatever fonts the machine has.
 */
package org.barometer.analytics.chart;
