package org.barometer.insight;

import io.micronaut.http.HttpStatus;
import org.barometer.analytics.disclosure.PublicationPlan;
import org.barometer.system.ProblemException;
import org.barometer.system.Text;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The groups a view by one segment attribute shows, as the publication plan has them. */
final class Breakdowns {

    private static final Pattern ATTRIBUTE = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

    private Breakdowns() {
    }

    /** @return {@code by}, checked, or null for the whole organisation */
    static String checkedAttribute(String by) {
        if (by == null || by.isBlank()) {
            return null;
        }
        if (!ATTRIBUTE.matcher(by).matches()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, Text.of("by.format"));
        }
        return by;
    }

    /** @return the organisation alone when uncut, else every group of the attribute (by value) */
    static List<PublicationPlan.Group> groups(PublicationPlan plan, String by) {
        return by == null ? List.of(plan.organisation()) : plan.groups(by);
    }

    static Map<String, String> segment(PublicationPlan.Group group) {
        return group.isOrganisation() ? Map.of() : Map.of(group.attribute(), group.value());
    }
}
