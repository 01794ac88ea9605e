package org.barometer.templates;

import java.util.Map;
import java.util.Objects;

/**
 * One rated question of a set.
 *
 * @param key stable identifier ({@code stress}, {@code clarity}); answers and trends are stored
 *            under it, so it must never change meaning between versions of a set
 * @param text the question per locale
 * @param label a short name of what it measures per locale ("stress", "le stress"), for the
 *              sentences of findings; optional: empty falls back to the question's text
 */
public record Question(String key, Map<String, String> text, Scale scale, Polarity polarity, Map<String, String> label) {

    public Question {
        Objects.requireNonNull(key, "key");
        text = Map.copyOf(text);
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(polarity, "polarity");
        label = label == null ? Map.of() : Map.copyOf(label);
    }

    public Question(String key, Map<String, String> text, Scale scale, Polarity polarity) {
        this(key, text, scale, polarity, Map.of());
    }

    /** What the question measures in a few words, in one of {@link Locales#SUPPORTED}; its text when the set gives no label. */
    public String label(String locale) {
        return label.isEmpty() ? text(locale) : Locales.pick(label, locale);
    }

    /** The question in one of {@link Locales#SUPPORTED}. */
    public String text(String locale) {
        return Locales.pick(text, locale);
    }
}
