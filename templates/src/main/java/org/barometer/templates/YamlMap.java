package org.barometer.templates;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * One mapping of a parsed question set, with the place it stands ({@code wellbeing-barometer.yml:
 * question 'stress'}) so that every reported problem says where to look. Readers report a problem
 * and carry on with what is valid, so that one pass finds every mistake.
 */
final class YamlMap {

    private final Map<?, ?> fields;
    private final String where;
    private final Problems problems;

    YamlMap(Map<?, ?> fields, String where, Problems problems) {
        this.fields = fields;
        this.where = where;
        this.problems = problems;
    }

    void problem(String message) {
        problems.add(where, message);
    }

    Object get(String field) {
        return fields.get(field);
    }

    /** Reports each field not in {@code allowed}: most are misspellings of one that is. */
    void allowOnly(Set<String> allowed) {
        for (Object field : fields.keySet()) {
            if (!allowed.contains(String.valueOf(field))) {
                problem("unknown field '" + field + "' (expected: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    /** The mapping under {@code field}, whose problems will be reported as {@code this: field: …}. */
    Optional<YamlMap> child(String field) {
        Object value = fields.get(field);
        if (value == null) {
            problem(field + " missing");
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> map)) {
            problem(field + " must be a mapping of fields");
            return Optional.empty();
        }
        return Optional.of(new YamlMap(map, where + ": " + field, problems));
    }

    Optional<String> string(String field) {
        Object value = fields.get(field);
        if (value == null) {
            problem(field + " missing");
            return Optional.empty();
        }
        return text(field, value);
    }

    OptionalInt integer(String field) {
        Object value = fields.get(field);
        if (value == null) {
            problem(field + " missing");
            return OptionalInt.empty();
        }
        if (!(value instanceof Integer number)) {
            problem(field + " must be a whole number (was '" + value + "')");
            return OptionalInt.empty();
        }
        return OptionalInt.of(number);
    }

    /**
     * The value under {@code field} for each supported locale, reporting a missing or an unknown
     * locale. Only the locales present are returned.
     */
    Map<String, Object> perLocale(String field) {
        Object value = fields.get(field);
        Map<String, Object> byLocale = new LinkedHashMap<>();
        if (value == null) {
            problem(field + " missing");
            return byLocale;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problem(field + " must give one entry per locale (" + String.join(", ", Locales.SUPPORTED) + ")");
            return byLocale;
        }
        for (Object locale : map.keySet()) {
            if (!Locales.SUPPORTED.contains(String.valueOf(locale))) {
                problem(field + " has unsupported locale '" + locale + "' (supported: " + String.join(", ", Locales.SUPPORTED) + ")");
            }
        }
        for (String locale : Locales.SUPPORTED) {
            Object localised = map.get(locale);
            if (localised == null) {
                problem(field + " missing for locale '" + locale + "'");
            } else {
                byLocale.put(locale, localised);
            }
        }
        return byLocale;
    }

    /** A text in every supported locale; complete only if no problem was reported. */
    Map<String, String> localised(String field) {
        Map<String, String> texts = new LinkedHashMap<>();
        perLocale(field).forEach((locale, value) ->
                text(field + " for locale '" + locale + "'", value).ifPresent(text -> texts.put(locale, text)));
        return texts;
    }

    /** {@code value} as a non-blank text, else reports what is wrong with {@code what}. */
    Optional<String> text(String what, Object value) {
        // YAML 1.1 reads an unquoted yes, no, on, off or 12 as a boolean or a number.
        if (!(value instanceof String text)) {
            problem(what + " must be text, put it in quotes (was '" + value + "')");
            return Optional.empty();
        }
        if (text.isBlank()) {
            problem(what + " is empty");
            return Optional.empty();
        }
        return Optional.of(text.strip());
    }
}
