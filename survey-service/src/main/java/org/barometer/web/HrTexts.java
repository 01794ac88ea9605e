package org.barometer.web;

import jakarta.inject.Singleton;
import org.barometer.system.BarometerConfig;
import org.barometer.templates.TemplateSource;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.PropertyResourceBundle;

/**
 * The HR pages' texts from {@code messages/hr_<lang>.properties}, overridable like every
 * template (BAROMETER_TEMPLATES_DIR) and read on each call so an edit counts without a restart.
 */
@Singleton
final class HrTexts {

    private final TemplateSource source;

    HrTexts(BarometerConfig config) {
        this.source = new TemplateSource(config.templatesDir().orElse(null));
    }

    HrText forLanguage(String lang) {
        String path = "messages/hr_" + lang + ".properties";
        String text = source.read(path).orElseThrow(() -> new IllegalStateException("Missing " + path));
        try {
            return new HrText(new PropertyResourceBundle(new StringReader(text)), Locale.forLanguageTag(lang));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
