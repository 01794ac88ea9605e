package org.barometer.respond;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of a page in one language, for the templates: {@code ${t.get('thanks.title')}} and
 * {@code ${t.format('respond.anonymity', threshold)}} (MessageFormat, so {@code {0}} placeholders).
 */
public final class PageText {

    private final ResourceBundle bundle;
    private final Locale locale;

    PageText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public String get(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    public String format(String key, Object argument) {
        return formatAll(key, argument);
    }

    /** For Java callers; the templates' expression language does not do varargs. */
    String formatAll(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    public String lang() {
        return locale.getLanguage();
    }
}
