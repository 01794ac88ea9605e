package org.barometer.respond;

import jakarta.inject.Singleton;
import org.barometer.survey.QuestionSets;
import org.barometer.templates.Locales;
import org.barometer.web.PageText;

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
        return PageText.of(sets.source().read(path).orElseThrow(() -> new IllegalStateException("Missing " + path)),
                chosen);
    }
}
