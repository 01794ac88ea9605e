/**
 * What HR and leadership see of a wave: results per segment, trends across waves, comments,
 * charts, exports and the leadership report — every figure taken from the wave's
 * {@link org.barometer.analytics.disclosure.PublicationPlan}, decided once by the disclosure gate
 * ({@link org.barometer.insight.Publication}) from the wave's tally
 * ({@link org.barometer.tally.Tally}). This package presents; it decides nothing about anonymity.
 *
 * <p>While a wave is open only its participation is published (live): any figure of answers read
 * twice while answers arrive would give the difference.
 */
package org.barometer.insight;
