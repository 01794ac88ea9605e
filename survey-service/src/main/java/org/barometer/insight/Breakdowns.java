package org.barometer.insight;

import io.micronaut.http.HttpStatus;
import org.barometer.analytics.anonymity.AnonymityGuard;
import org.barometer.analytics.anonymity.Participation;
import org.barometer.analytics.anonymity.ParticipationBreakdown;
import org.barometer.analytics.anonymity.Suppression;
import org.barometer.system.ProblemException;
import org.barometer.system.Text;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which groups of a cut may be shown. The parent is the whole wave; the threshold applies to
 * responded, and the subtraction rule to invited and responded alike, so the participation shown
 * is as safe as the figures. Every rated question is mandatory (AnswerCheck), so a group's answer
 * count per question equals its responded count and one suppression covers all figures.
 */
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

    /**
     * @param others the wave's other cuts, so that no subtraction across cuts isolates a hidden group
     * @return the values of the cut that may be shown; the whole wave is the key "" when uncut
     */
    static Set<String> visible(AnonymityGuard guard, CutCounts counts, String by, Collection<OtherCut> others) {
        Set<String> flat = visible(guard, counts, by);
        return by == null ? flat : CrossSuppression.apply(guard, counts, flat, others);
    }

    /** Within this cut alone: the threshold, and subtraction from the whole wave. */
    private static Set<String> visible(AnonymityGuard guard, CutCounts counts, String by) {
        if (by == null) {
            return guard.allows(counts.whole().participation().responded()) ? Set.of(ResultQueries.WHOLE) : Set.of();
        }
        Map<String, Participation> children = new LinkedHashMap<>();
        counts.segments().forEach((value, cell) -> children.put(value, cell.participation()));
        Suppression suppression = guard.suppress(ParticipationBreakdown.of(counts.whole().participation(), children));
        return Set.copyOf(suppression.visibleKeys());
    }

    /** @return the groups of the cut, in display order, as segment keys ("" for the whole wave) */
    static Iterable<String> keys(CutCounts counts, String by) {
        return by == null ? Set.of(ResultQueries.WHOLE) : counts.segments().keySet();
    }

    static Map<String, String> segment(String by, String key) {
        return by == null ? Map.of() : Map.of(by, key);
    }

    static Cell cell(CutCounts counts, String by, String key) {
        return by == null ? counts.whole() : counts.segments().get(key);
    }
}
