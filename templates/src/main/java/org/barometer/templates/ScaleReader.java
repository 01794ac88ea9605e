package org.barometer.templates;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads and checks the scale of one rated question. The bounds allow the two scales the product
 * is built for, 1–5 Likert and 0–10, and anything between (so never more than 11 points).
 */
final class ScaleReader {

    static final int HIGHEST_MAX = 10;
    private static final Set<String> FIELDS = Set.of("min", "max", "labels");

    private record Bounds(int min, int max) {
        boolean contains(int point) {
            return point >= min && point <= max;
        }
    }

    private ScaleReader() {
    }

    /** The scale, or empty when it has a problem (then already reported). */
    static Optional<Scale> read(YamlMap question) {
        Optional<YamlMap> found = question.child("scale");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        YamlMap scale = found.get();
        scale.allowOnly(FIELDS);
        OptionalInt min = scale.integer("min");
        OptionalInt max = scale.integer("max");
        Optional<Bounds> bounds = min.isPresent() && max.isPresent()
                ? saneBounds(scale, min.getAsInt(), max.getAsInt())
                : Optional.empty();
        Map<String, Map<Integer, String>> labels = labels(scale, bounds);
        return bounds.map(b -> new Scale(b.min(), b.max(), labels));
    }

    private static Optional<Bounds> saneBounds(YamlMap scale, int min, int max) {
        boolean sane = true;
        if (min != 0 && min != 1) {
            scale.problem("scale.min", min);
            sane = false;
        }
        if (max > HIGHEST_MAX) {
            scale.problem("scale.max", HIGHEST_MAX, max);
            sane = false;
        }
        // Favourable share counts the top two points: on a two-point scale that is every answer.
        if (max - min < 2) {
            scale.problem("scale.points", min, max);
            sane = false;
        }
        return sane ? Optional.of(new Bounds(min, max)) : Optional.empty();
    }

    /** Checks the texts always, and the points only against sane bounds. */
    private static Map<String, Map<Integer, String>> labels(YamlMap scale, Optional<Bounds> bounds) {
        Map<String, Map<Integer, String>> labels = new LinkedHashMap<>();
        scale.perLocale("labels").forEach((locale, value) -> {
            Phrase what = Phrase.of("what.labels", locale);
            if (!(value instanceof Map<?, ?> points)) {
                scale.problem("labels.not-mapping", what);
                return;
            }
            Map<Integer, String> read = new TreeMap<>();
            points.forEach((point, label) -> {
                if (!(point instanceof Integer number)) {
                    scale.problem("labels.not-point", what, point);
                } else if (bounds.isPresent() && !bounds.get().contains(number)) {
                    scale.problem("labels.outside", what, number, bounds.get().min(), bounds.get().max());
                } else {
                    scale.text(Phrase.of("what.label", what, number), label).ifPresent(text -> read.put(number, text));
                }
            });
            // Without both ends a respondent cannot tell which way the scale runs.
            bounds.filter(b -> !read.containsKey(b.min()) || !read.containsKey(b.max()))
                    .ifPresent(b -> scale.problem("labels.ends", what, b.min(), b.max()));
            labels.put(locale, read);
        });
        if (labels.values().stream().map(Map::keySet).distinct().count() > 1) {
            scale.problem("labels.same-points", labels.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue().keySet()).collect(Collectors.joining(", ")));
        }
        return labels;
    }
}
