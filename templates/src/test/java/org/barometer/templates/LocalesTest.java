package org.barometer.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalesTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(nullValues = "null", value = {"fr, fr", "fr-CA, fr", "FR, fr", "en_GB, en", "de, en", "'', en", "null, en"})
    void resolvesATagToASupportedLanguageOrFallsBackToEnglish(String tag, String expected) {
        assertEquals(expected, Locales.resolve(tag));
    }

    @Test
    void refusesToShowATextInAnUnsupportedLocale() {
        Question stress = new QuestionSetLoader(TemplateSource.classpathOnly()).load("wellbeing-barometer").question("stress").orElseThrow();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> stress.text("de"));

        assertTrue(e.getMessage().contains("unsupported locale 'de'"), e.getMessage());
    }
}
