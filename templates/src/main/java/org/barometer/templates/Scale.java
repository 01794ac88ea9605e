package org.barometer.templates;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The whole-number answers a rated question accepts, from {@code min} to {@code max} inclusive,
 * with the words shown next to some or all of the points.
 *
 * @param labels for each locale, the label of each labelled point, in ascending order; at least
 *               the two ends are labelled in a validated set, so a respondent always knows which
 *               way the scale runs
 */
public record Scale(int min, int max, Map<String, Map<Integer, String>> labels) {

    public Scale {
        if (min >= max) {
            throw new IllegalArgumentException("scale min " + min + " must be below max " + max);
        }
        Map<String, Map<Integer, String>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(labels, "labels")
                .forEach((locale, points) -> copy.put(locale, Collections.unmodifiableSortedMap(new TreeMap<>(points))));
        labels = Collections.unmodifiableMap(copy);
    }

    /** How many answers the scale offers, e.g. 5 for 1–5 and 11 for 0–10. */
    public int points() {
        return max - min + 1;
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }

    /** The labelled points in {@code locale}, in ascending order of value. */
    public Map<Integer, String> labels(String locale) {
        Map<Integer, String> points = labels.get(locale);
        if (points == null) {
            throw new IllegalArgumentException("no scale labels for locale '" + locale + "'");
        }
        return points;
    }

    /** The label of one point, if that point is labelled (often only the ends are). */
    public Optional<String> label(String locale, int value) {
        return Optional.ofNullable(labels(locale).get(value));
    }
}
