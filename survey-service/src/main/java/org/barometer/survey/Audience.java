package org.barometer.survey;

import java.util.List;
import java.util.Map;

/**
 * Which active employees a wave invites: for each named segment attribute, the values accepted
 * (compared without regard to case). Everyone when the filter is empty; otherwise an employee
 * must match every named attribute, and one without a value for it is left out.
 */
record Audience(Map<String, List<String>> filter) {

    static final Audience EVERYONE = new Audience(Map.of());

    Audience {
        filter = Map.copyOf(filter);
    }

    boolean isEveryone() {
        return filter.isEmpty();
    }

    boolean includes(Map<String, String> attributes) {
        return filter.entrySet().stream().allMatch(wanted -> {
            String value = attributes.get(wanted.getKey());
            return value != null && wanted.getValue().stream().anyMatch(value::equalsIgnoreCase);
        });
    }
}
