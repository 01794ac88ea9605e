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

    @Test
    void countsAChoiceOfWordsByTheNumberGiven() {
        assertEquals("Le fichier a 2 problèmes\u00a0: rien n’a été importé. Corrigez les lignes indiquées et "
                + "envoyez-le à nouveau.", Text.of("staff.refused", 2).in("fr"));
        assertEquals("Le fichier a 1 problème\u00a0: rien n’a été importé. Corrigez les lignes indiquées et "
                + "envoyez-le à nouveau.", Text.of("staff.refused", 1).in("fr"));
        assertEquals("The file has 1000 problem(s); nothing was imported. Fix the rows listed and upload it again.",
                Text.of("staff.refused", 1000).english());
    }

    @Test
    void saysAQuestionSetsProblemsInTheSameLanguage() {
        org.barometer.templates.Localised problems = lang -> "fr".equals(lang) ? "champ key manquant" : "key missing";
        assertEquals("Le questionnaire «\u00a0mine\u00a0» n’est pas valide\u00a0: champ key manquant",
                Text.of("template.invalid", "mine", problems).in("fr"));
        assertEquals("Template 'mine' is invalid: key missing", Text.of("template.invalid", "mine", problems).english());
    }

    private static Properties keys(String lang) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextTest.class.getResourceAsStream("/messages/problems_" + lang + ".properties")) {
            properties.load(in);
        }
        return properties;
    }
}
