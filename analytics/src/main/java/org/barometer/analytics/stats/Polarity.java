package org.barometer.analytics.stats;

/**
 * Which end of a rating scale is good.
 *
 * <p>For {@code stress} a high score is bad ({@link #NEGATIVE}); for {@code clarity} a high
 * score is good ({@link #POSITIVE}). Polarity decides the favourable boxes, the direction of
 * the well-being index and whether a change is an improvement.
 */
public enum Polarity {
    /** A higher value is better. */
    POSITIVE,
    /** A lower value is better. */
    NEGATIVE;

    /**
     * Aligns a signed quantity so that a positive result always means "better".
     *
     * @param signed a difference or effect measured on the raw scale (after minus before)
     * @return {@code signed} for {@link #POSITIVE}, {@code -signed} for {@link #NEGATIVE}
     */
    public double align(double signed) {
        return this == POSITIVE ? signed : -signed;
    }

    /**
     * Whether an answer counts as favourable: one of the two best values of the scale (the "top two
     * boxes"), the two highest for {@link #POSITIVE}, the two lowest for {@link #NEGATIVE}.
     */
    public boolean favourable(int value, int min, int max) {
        return this == POSITIVE ? value >= max - 1 : value <= min + 1;
    }
}
