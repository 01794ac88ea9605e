/**
 * The leadership report: {@link org.barometer.analytics.report.ReportInput} (figures that passed the
 * anonymity guard) → summary, one section per question, heatmap, teams needing attention, optional
 * comments and the methodology appendix with a content hash → HTML from the {@code report/} template →
 * A4 PDF ({@link org.barometer.analytics.report.LeadershipReport}). Every statistic comes from
 * {@code analytics.stats}; {@link org.barometer.analytics.report.ReportCharts} gives the dashboard the
 * same heatmap and distributions as the PDF.
 */
package org.barometer.analytics.report;
