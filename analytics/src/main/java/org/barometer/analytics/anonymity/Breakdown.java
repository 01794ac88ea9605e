package org.barometer.analytics.anonymity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Responses of the children of one parent, e.g. the teams of the organisation.
 *
 * <p>The parent may hold people in no child (no team recorded): the difference
 * {@code parentTotal − Σ children} is treated as a group that is never shown.
 *
 * @param parentTotal responses of the parent
 * @param children responses by child segment key, in display order
 */
public record Breakdown(long parentTotal, Map<String, Long> children) {

    public Breakdown {
        children = Collections.unmodifiableMap(new LinkedHashMap<>(children));
    }

    /** @return the breakdown */
    public static Breakdown of(long parentTotal, Map<String, Long> children) {
        return new Breakdown(parentTotal, children);
    }
}
