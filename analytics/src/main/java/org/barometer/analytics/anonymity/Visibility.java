package org.barometer.analytics.anonymity;

/**
 * Whether a segment may be shown, and if not, why.
 *
 * <p>The reason is for the methodology note, logs and tests. Readers should see one neutral
 * "hidden" mark: telling them which cells are below the threshold narrows what the
 * complementary ones can hold.
 */
public enum Visibility {
    /** At least {@code k} responses and no subtraction can isolate a hidden group through it. */
    VISIBLE,
    /** Fewer than {@code k} responses (zero included). */
    BELOW_THRESHOLD,
    /**
     * Enough responses, but hidden so that parent minus visible children cannot isolate a
     * hidden group (complementary suppression).
     */
    COMPLEMENTARY,
    /** Its parent is hidden: showing it would let the parent be rebuilt by addition. */
    PARENT_HIDDEN;

    /** @return whether the segment and its figures may be shown */
    public boolean shown() {
        return this == VISIBLE;
    }
}
