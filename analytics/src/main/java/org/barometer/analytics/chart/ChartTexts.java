package org.barometer.analytics.chart;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.barometer.templates.Locales;
import org.barometer.templates.TemplateSource;

/**
 * The words of the charts and the report in one language, from
 * {@code report/texts_<lang>.properties} (overridable like every template). Numbers are
 * formatted for the language: {@code 3,4} in French, {@code 3.4} in English.
 */
public final class ChartTexts {

    private final String lang;
    private final Locale locale;
    private final ResourceBundle bundle;

    private ChartTexts(String lang, ResourceBundle bundle) {
        this.lang = lang;
        this.locale = Locale.forLanguageTag(lang);
        this.bundle = bundle;
    }

    /**
     * @param lang one of {@link Locales#SUPPORTED}
     * @throws IllegalArgumentException for another language
     */
    public static ChartTexts of(TemplateSource source, String lang) {
        if (!Locales.SUPPORTED.contains(lang)) {
            throw new IllegalArgumentException("lang must be one of " + Locales.SUPPORTED + ", got '" + lang + "'");
        }
        String path = "report/texts_" + lang + ".properties";
        String text = source.read(path).orElseThrow(() -> new IllegalStateException("Missing template " + path));
        try {
            return new ChartTexts(lang, new PropertyResourceBundle(new StringReader(text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String lang() {
        return lang;
    }

    public Locale locale() {
        return locale;
    }

    /** @return the text of {@code key}, its {@code {0}}, {@code {1}}… replaced by {@code args} */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** @return every text as written in the bundle (arguments not replaced), by key */
    public Map<String, String> all() {
        Map<String, String> all = new TreeMap<>();
        bundle.keySet().forEach(key -> all.put(key, bundle.getString(key)));
        return Collections.unmodifiableMap(all);
    }

    /** @return the text of {@code key}, or {@code fallback} when the bundle has no such key */
    public String textOr(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** @return {@code value} with exactly {@code decimals} decimals, in this language */
    public String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** @return a short label of a question for axes and legends: {@code question.<key>}, else the key */
    public String questionLabel(String key) {
        return textOr("question." + key, key);
    }

    /**
     * @return the names of the points of a scale, from least to most favourable; a five-point
     *         scale gets words, other scales numbers with their two ends named
     */
    public List<String> levels(int points) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            names.add(points == 5 ? text("chart.level5." + i) : String.valueOf(i + 1));
        }
        if (points != 5) {
            names.set(0, text("chart.level.worst", names.get(0)));
            names.set(points - 1, text("chart.level.best", names.get(points - 1)));
        }
        return List.copyOf(names);
    }
}
