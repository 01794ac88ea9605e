package org.barometer.templates;

/**
 * Which end of a question's scale is good news. Analyses align every question on "higher is
 * better" before averaging or counting favourable answers, so a high stress score must be read
 * as a bad result, not a good one.
 */
public enum Polarity {
    /** A high score is good (clarity, autonomy, support). */
    POSITIVE,
    /** A high score is bad (stress, interruptions, workload). */
    NEGATIVE
}
