/**
 * The leadership report, for a five-minute read: {@link org.barometer.analytics.report.ReportInput}
 * (figures that passed the anonymity guard, and the wave's findings as the findings engine decided
 * them) → a first page that says it all (index, participation, what stands out, where to act),
 * a half page per question, the heatmap, participation, optional comments and the methodology
 * appendix with a content hash → HTML from the {@code report/} template → A4 PDF
 * ({@link org.barometer.analytics.report.LeadershipReport}). Every figure comes from
 * {@code analytics.stats}, every verdict from {@code analytics.findings}; nothing here tests a
 * change. {@link org.barometer.analytics.report.ReportCharts} gives the dashboard the same heatmap
 * and distributions as the PDF.
 */
package org.barometer.analytics.report;
