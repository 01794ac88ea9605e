package org.barometer.templates;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What a question set's check says, kept as a key of {@code org/barometer/templates/problems_<lang>.properties}
 * and its arguments, so that a page says it in its reader's language and logs and the JSON API in
 * English. A {@link Localised} argument (the place of a problem, a nested phrase) is said in the same
 * language; field names, keys and values from the file are said as written.
 */
record Phrase(String key, List<Object> arguments) implements Localised {

    private static final String BUNDLE = "org.barometer.templates.problems";

    Phrase {
        // Not List.copyOf: a value missing from the file (null) is said as "null", as before.
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    static Phrase of(String key, Object... arguments) {
        return new Phrase(key, Arrays.asList(arguments));
    }

    /** {@code what}, found at {@code where} (a file name, or a phrase naming a place in it). */
    static Phrase at(Object where, Object what) {
        return of("at", where, what);
    }

    @Override
    public String in(String lang) {
        Locale locale = Locale.forLanguageTag(Locales.SUPPORTED.contains(lang) ? lang : "en");
        // No fallback to the JVM's locale: a French server still logs in English.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        Object[] said = arguments.stream().map(a -> a instanceof Localised text ? text.in(locale.getLanguage())
                : String.valueOf(a)).toArray();
        return new MessageFormat(pattern, locale).format(said);
    }

    String english() {
        return in("en");
    }
}
