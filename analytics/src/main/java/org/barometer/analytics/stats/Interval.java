package org.barometer.analytics.stats;

/**
 * A closed interval {@code [lo, hi]}, used for every confidence interval of the module.
 *
 * @param lo lower bound
 * @param hi upper bound, not less than {@code lo}
 */
public record Interval(double lo, double hi) {

    /**
     * @throws IllegalArgumentException if a bound is NaN or {@code lo > hi}
     */
    public Interval {
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi) {
            throw new IllegalArgumentException("Not an interval: [" + lo + ", " + hi + "]");
        }
    }

    /**
     * @param centre the centre of the interval
     * @param halfWidth half its width, non-negative
     * @return {@code [centre - halfWidth, centre + halfWidth]}
     */
    public static Interval around(double centre, double halfWidth) {
        return new Interval(centre - halfWidth, centre + halfWidth);
    }

    /**
     * @return whether {@code value} lies within the bounds
     */
    public boolean contains(double value) {
        return lo <= value && value <= hi;
    }
}
