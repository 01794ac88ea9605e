package org.barometer.system;

import org.barometer.templates.Localised;
import org.barometer.templates.Locales;

import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A sentence a service says to a person (what to fix), kept as a key of
 * {@code messages/problems_<lang>.properties} and its arguments, so that each page says it in its
 * reader's language; the JSON API says it in English ({@link #english()}).
 *
 * @param arguments MessageFormat's {@code {0}}…; a {@link Localised} among them (another {@link Text},
 *                  a question set's problem) is said in the same language, a list of them one after the other
 */
public record Text(String key, List<Object> arguments) implements Localised {

    private static final String BUNDLE = "messages.problems";

    public Text {
        // Not List.copyOf: a missing value (null) is said as "null", as string concatenation did.
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static Text of(String key, Object... arguments) {
        return new Text(key, Arrays.asList(arguments));
    }

    public String english() {
        return in("en");
    }

    /** This sentence in {@code lang} (fr or en; anything else in English). */
    @Override
    public String in(String lang) {
        Locale locale = Locale.forLanguageTag(Locales.SUPPORTED.contains(lang) ? lang : Locales.FALLBACK);
        // No fallback to the JVM's own locale: a French server must still answer the API in English.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        MessageFormat format = new MessageFormat(pattern, locale);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] said = new Object[arguments.size()];
        for (int i = 0; i < said.length; i++) {
            Object argument = arguments.get(i);
            // A choice ({0,choice,1#1 problème|1<{0} problèmes}) needs the number itself, not its text.
            boolean choice = i < formats.length && formats[i] instanceof ChoiceFormat && argument instanceof Number;
            said[i] = choice ? argument : said(argument, locale.getLanguage());
        }
        return format.format(said);
    }

    private static Object said(Object argument, String lang) {
        if (argument instanceof Localised text) {
            return text.in(lang);
        }
        if (argument instanceof List<?> list) {
            return String.join(" ", list.stream().map(a -> String.valueOf(said(a, lang))).toList());
        }
        // Line numbers and counts as typed: MessageFormat would write line 1000 as "1,000" or "1 000".
        return argument instanceof Number ? argument.toString() : String.valueOf(argument);
    }
}
