/**
 * Findings: what changed, where and why, from the figures a wave's disclosure gate lets out.
 * {@link org.barometer.analytics.findings.Findings} tests every shown group and question once
 * (trend, change, year on year, gap), controls the false discoveries of the whole family,
 * keeps what is both clear and large enough to matter, places each at the right level, and ranks
 * the questions that weigh most on well-being (drivers, priorities, strengths). Plain Java: it
 * reads only what the caller passes, which is only what the gate shows.
 */
package org.barometer.analytics.findings;
