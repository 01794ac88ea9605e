package org.barometer.templates;

import java.util.Map;
import java.util.Objects;

/**
 * One rated question of a set.
 *
 * @param key stable identifier ({@code stress}, {@code clarity}); answers and trends are stored
 *            under it, so it must never change meaning between versions of a set
 * @param text the question per locale
 */
public record Question(String key, Map<String, String> text, Scale scale, Polarity polarity) {

    public Question {
        Objects.requireNonNull(key, "key");
        text = Map.copyOf(text);
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(polarity, "polarity");
    }

    /** The question in one of {@link Locales#SUPPORTED}. */
    public String text(String locale) {
        return Locales.pick(text, locale);
    }
}
