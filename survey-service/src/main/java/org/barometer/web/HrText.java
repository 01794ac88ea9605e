package org.barometer.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of an HR page in one language, for the templates: {@code ${t.get('nav.trends')}},
 * {@code ${t.format('overview.participation', 12)}} and, for two arguments, {@code t.format2}
 * (MessageFormat, so {@code {0}} placeholders; the expression language does not do varargs).
 */
public final class HrText {

    private final ResourceBundle bundle;
    private final Locale locale;

    HrText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
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
