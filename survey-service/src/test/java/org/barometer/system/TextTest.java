package org.barometer.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The service's sentences to a person, in French and in English. */
class TextTest {

    @Test
    void everySentenceIsInBothLanguages() throws IOException {
        assertEquals(keys("en").stringPropertyNames(), keys("fr").stringPropertyNames());
    }

    @Test
    void saysArgumentsAsTypedAndNestedSentencesInTheSameLanguage() {
        Text nested = Text.of("wave.not-found", 1234);
        assertEquals("No wave with id 1234.", nested.english());
        assertEquals("Aucune vague n’a l’identifiant 1234.", nested.in("fr"));
        assertEquals("No wave with id 1234.", nested.in("de"), "a language we do not have is English");
        assertEquals("no.such.key", Text.of("no.such.key").in("fr"));
        assertEquals(List.of(1234), nested.arguments());
    }

    private static Properties keys(String lang) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextTest.class.getResourceAsStream("/messages/problems_" + lang + ".properties")) {
            properties.load(in);
        }
        return properties;
    }
}
