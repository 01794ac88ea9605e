package org.barometer.analytics.anonymity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of complementary suppression: the visibility of each segment, in input order.
 *
 * @param visibility segment key to its visibility
 */
public record Suppression(Map<String, Visibility> visibility) {

    public Suppression {
        visibility = Collections.unmodifiableMap(new LinkedHashMap<>(visibility));
    }

    /**
     * @return the visibility of {@code key}
     * @throws IllegalArgumentException for a key that was not part of the input
     */
    public Visibility of(String key) {
        Visibility v = visibility.get(key);
        if (v == null) {
            throw new IllegalArgumentException("Unknown segment " + key);
        }
        return v;
    }

    /** @return whether {@code key} may be shown */
    public boolean isVisible(String key) {
        return of(key).shown();
    }

    /** @return the keys that may be shown, in input order */
    public List<String> visibleKeys() {
        List<String> keys = new ArrayList<>();
        visibility.forEach((key, v) -> {
            if (v.shown()) {
                keys.add(key);
            }
        });
        return List.copyOf(keys);
    }
}
