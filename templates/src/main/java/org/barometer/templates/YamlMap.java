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
    /** A file name, or a {@link Phrase} naming a place in a file. */
    private final Object where;
    private final Problems problems;

    YamlMap(Map<?, ?> fields, Object where, Problems problems) {
        this.fields = fields;
        this.where = where;
        this.problems = problems;
    }

    /** @param key the problem's key in {@code problems_<lang>.properties} */
    void problem(String key, Object... arguments) {
        problems.add(where, key, arguments);
    }

    Object get(String field) {
        return fields.get(field);
    }

    /** Reports each field not in {@code allowed}: most are misspellings of one that is. */
    void allowOnly(Set<String> allowed) {
        for (Object field : fields.keySet()) {
            if (!allowed.contains(String.valueOf(field))) {
                problem("field.unknown", field, String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    /** The mapping under {@code field}, whose problems will be reported as {@code this: field: …}. */
    Optional<YamlMap> child(String field) {
        Object value = fields.get(field);
        if (value == null) {
            problem("field.missing", field);
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> map)) {
            problem("field.not-mapping", field);
            return Optional.empty();
        }
        return Optional.of(new YamlMap(map, Phrase.at(where, field), problems));
    }

    Optional<String> string(String field) {
        Object value = fields.get(field);
        if (value == null) {
            problem("field.missing", field);
            return Optional.empty();
        }
        return text(field, value);
    }

    OptionalInt integer(String field) {
        Object value = fields.get(field);
        if (value == null) {
            problem("field.missing", field);
            return OptionalInt.empty();
        }
        if (!(value instanceof Integer number)) {
            problem("field.not-whole", field, value);
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
            problem("field.missing", field);
            return byLocale;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problem("field.per-locale", field, String.join(", ", Locales.SUPPORTED));
            return byLocale;
        }
        for (Object locale : map.keySet()) {
            if (!Locales.SUPPORTED.contains(String.valueOf(locale))) {
                problem("field.unsupported-locale", field, locale, String.join(", ", Locales.SUPPORTED));
            }
        }
        for (String locale : Locales.SUPPORTED) {
            Object localised = map.get(locale);
            if (localised == null) {
                problem("field.missing-locale", field, locale);
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
                text(Phrase.of("what.for-locale", field, locale), value).ifPresent(text -> texts.put(locale, text)));
        return texts;
    }

    /**
     * {@code value} as a non-blank text, else reports what is wrong with {@code what} (a field name,
     * or a {@link Phrase} naming a text inside one).
     */
    Optional<String> text(Object what, Object value) {
        // YAML 1.1 reads an unquoted yes, no, on, off or 12 as a boolean or a number.
        if (!(value instanceof String text)) {
            problem("text.not-text", what, value);
            return Optional.empty();
        }
        if (text.isBlank()) {
            problem("text.empty", what);
            return Optional.empty();
        }
        return Optional.of(text.strip());
    }
}
