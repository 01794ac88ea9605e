package org.barometer.analytics.anonymity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Participation (invited, responded) of the children of one parent.
 *
 * @param parent the parent's counts
 * @param children counts by child segment key, in display order
 */
public record ParticipationBreakdown(Participation parent, Map<String, Participation> children) {

    public ParticipationBreakdown {
        children = Collections.unmodifiableMap(new LinkedHashMap<>(children));
    }

    /** @return the breakdown */
    public static ParticipationBreakdown of(Participation parent, Map<String, Participation> children) {
        return new ParticipationBreakdown(parent, children);
    }
}
