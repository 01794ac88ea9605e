package org.barometer.web;

import jakarta.inject.Singleton;
import org.barometer.system.BarometerConfig;
import org.barometer.templates.TemplateSource;

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

    PageText forLanguage(String lang) {
        String path = "messages/hr_" + lang + ".properties";
        return PageText.of(source.read(path).orElseThrow(() -> new IllegalStateException("Missing " + path)), lang);
    }
}
