package org.barometer.respond;

import jakarta.inject.Singleton;
import org.barometer.survey.QuestionSets;
import org.barometer.templates.Locales;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.PropertyResourceBundle;

/** Page texts from {@code messages/messages_<lang>.properties}, overridable like every template. */
@Singleton
class PageTexts {

    private final QuestionSets sets;

    PageTexts(QuestionSets sets) {
        this.sets = sets;
    }

    PageText forLanguage(String lang) {
        String chosen = RespondPages.language(lang, Locales.FALLBACK);
        String path = "messages/messages_" + chosen + ".properties";
        String text = sets.source().read(path).orElseThrow(() -> new IllegalStateException("Missing " + path));
        try {
            return new PageText(new PropertyResourceBundle(new StringReader(text)), Locale.forLanguageTag(chosen));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
