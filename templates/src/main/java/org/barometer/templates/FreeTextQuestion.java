package org.barometer.templates;

import java.util.Map;
import java.util.Objects;

/**
 * The optional open comment at the end of a set. Answering it is never required: a comment is
 * the easiest way to identify oneself by accident, so nobody should feel pushed to write one.
 *
 * @param maxLength the most characters accepted; {@value #DEFAULT_MAX_LENGTH} when the set does
 *                  not say
 */
public record FreeTextQuestion(String key, Map<String, String> text, int maxLength) {

    public static final int DEFAULT_MAX_LENGTH = 2000;

    public FreeTextQuestion {
        Objects.requireNonNull(key, "key");
        text = Map.copyOf(text);
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive, was " + maxLength);
        }
    }

    /** The question in one of {@link Locales#SUPPORTED}. */
    public String text(String locale) {
        return Locales.pick(text, locale);
    }
}
