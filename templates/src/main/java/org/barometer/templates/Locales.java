package org.barometer.templates;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The languages every question set, email and message file must provide. */
public final class Locales {

    /** Language codes (ISO 639-1) that every localised text must have, in display order. */
    public static final List<String> SUPPORTED = List.of("fr", "en");

    /**
     * The language used when a person's locale is not supported: an employee whose directory
     * entry says {@code de} is likelier to read English than French.
     */
    public static final String FALLBACK = "en";

    private Locales() {
    }

    /**
     * Maps a language tag as it comes from a directory import or a browser ({@code fr-CA},
     * {@code FR}, {@code en_GB}) to a supported language, or to {@link #FALLBACK}.
     */
    public static String resolve(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return FALLBACK;
        }
        String language = Locale.forLanguageTag(languageTag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.contains(language) ? language : FALLBACK;
    }

    /**
     * The text for {@code locale}. A validated set has every supported locale, so a miss means a
     * caller passed an unsupported code: fail loudly rather than show the wrong language.
     */
    static String pick(Map<String, String> texts, String locale) {
        String text = texts.get(locale);
        if (text == null) {
            throw new IllegalArgumentException(
                    "unsupported locale '" + locale + "' (supported: " + SUPPORTED + "); see Locales.resolve");
        }
        return text;
    }
}
