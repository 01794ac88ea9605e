package org.barometer.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The words of a page in one language, for the templates of the HR and the respondent pages:
 * {@code ${t.get('nav.trends')}}, {@code ${t.format('overview.participation', 12)}} and, for two
 * arguments, {@code t.format2} (MessageFormat, so {@code {0}} placeholders; the expression
 * language does not do varargs). A key without a text shows as itself, so a gap is seen, not hidden.
 */
public final class PageText {

    private final ResourceBundle bundle;
    private final Locale locale;

    private PageText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * @param properties the text of a {@code .properties} file (read by the caller, so a
     *                   BAROMETER_TEMPLATES_DIR override counts)
     * @param lang       its language, which also decides how numbers are written
     */
    public static PageText of(String properties, String lang) {
        try {
            return new PageText(new PropertyResourceBundle(new StringReader(properties)), Locale.forLanguageTag(lang));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String get(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    public String format(String key, Object argument) {
        return formatAll(key, argument);
    }

    public String format2(String key, Object first, Object second) {
        return formatAll(key, first, second);
    }

    public String formatAll(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    /** A figure as this language writes it: {@code 3,4} in French, {@code 3.4} in English. */
    public String number(Double value, int decimals) {
        if (value == null) {
            return "–";
        }
        return String.format(locale, "%." + decimals + "f", value);
    }

    public String lang() {
        return locale.getLanguage();
    }
}
