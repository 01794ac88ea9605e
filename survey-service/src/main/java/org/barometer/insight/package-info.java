/**
 * What HR sees of a wave: results per segment, trends across waves and comments, every figure
 * through the {@link org.barometer.analytics.anonymity.AnonymityGuard}.
 *
 * <p>SQL returns histograms (question × answer value × segment value) and participation counts,
 * never rows per response. Open waves are counted live; a closing wave stores the same counts in
 * {@code wave_histogram} and {@code wave_participation}, and both paths feed the same
 * {@link org.barometer.insight.CutCounts}, so a closed wave shows exactly what it showed open.
 *
 * <p>People without a value for the {@code by} attribute are no group of their own: they stay in
 * the whole wave, so the suppression counts them as the never-shown remainder (parent minus
 * children), and nothing is shown for them.
 */
package org.barometer.insight;
