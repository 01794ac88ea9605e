package org.barometer.analytics.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import java.util.regex.Pattern;
import org.barometer.templates.TemplateSource;
import org.junit.jupiter.api.Test;

class ChartTextsTest {

    private static final Pattern BREAKABLE_SPACE_BEFORE = Pattern.compile(" [?!:;»%]|« ");

    private static Properties texts(String lang) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(TemplateSource.classpathOnly()
                .read("report/texts_" + lang + ".properties").orElseThrow()));
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoneIsEmpty() throws IOException {
        Properties en = texts("en");
        Properties fr = texts("fr");

        assertEquals(en.stringPropertyNames(), fr.stringPropertyNames());
        fr.stringPropertyNames().forEach(key -> assertFalse(fr.getProperty(key).isBlank(), key));
    }

    @Test
    void noAsciiApostropheAndFrenchKeepsNoBreakSpaces() throws IOException {
        for (String lang : new String[] {"en", "fr"}) {
            Properties p = texts(lang);
            p.stringPropertyNames().forEach(key -> assertFalse(p.getProperty(key).contains("'"), lang + " " + key));
        }
        Properties fr = texts("fr");
        fr.stringPropertyNames().forEach(key ->
                assertFalse(BREAKABLE_SPACE_BEFORE.matcher(fr.getProperty(key)).find(), "fr " + key));
    }

    @Test
    void numbersFollowTheLanguage() {
        assertEquals("3,40", ChartTexts.of(TemplateSource.classpathOnly(), "fr").number(3.4, 2));
        assertEquals("3.40", ChartTexts.of(TemplateSource.classpathOnly(), "en").number(3.4, 2));
    }

    @Test
    void unknownLanguageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChartTexts.of(TemplateSource.classpathOnly(), "de"));
    }

    @Test
    void unknownQuestionsAreShownByTheirKey() {
        ChartTexts fr = ChartTexts.of(TemplateSource.classpathOnly(), "fr");

        assertEquals("Clarté", fr.questionLabel("clarity"));
        assertEquals("mood", fr.questionLabel("mood"));
    }
}
