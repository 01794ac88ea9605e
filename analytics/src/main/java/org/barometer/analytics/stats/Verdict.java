package org.barometer.analytics.stats;

/**
 * What a change of one cell between two waves means for the reader. Decided by
 * {@link VerdictRule} from the Benjamini–Hochberg q-value, never from the raw p-value.
 */
public enum Verdict {
    /** Real change (q below α) towards the good end of the scale. */
    IMPROVED,
    /** Real change (q below α) towards the bad end of the scale. */
    WORSENED,
    /** No change that survives the false-discovery control (q ≥ α). */
    STABLE,
    /** Too few answers on a side, or the question missing in a wave: no call is made. */
    UNCERTAIN
}
