package org.barometer.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the check of a question set says, in French and in English ({@code problems_<lang>.properties}). */
class QuestionSetProblemsTest {

    private final QuestionSetLoader loader = new QuestionSetLoader(TemplateSource.classpathOnly());

    @Test
    void everyProblemIsInBothLanguagesWithTheSameArgumentsAndFrenchTypography() throws IOException {
        Properties en = bundle("en");
        Properties fr = bundle("fr");

        assertEquals(en.stringPropertyNames(), fr.stringPropertyNames());
        fr.stringPropertyNames().forEach(key -> {
            assertFalse(FrenchTypography.breaksBeforePunctuation(fr.getProperty(key)), key);
            assertFalse(fr.getProperty(key).contains("'"), key + " uses ' (MessageFormat would swallow it), not ’");
            assertEquals(arguments(en.getProperty(key)), arguments(fr.getProperty(key)), key);
        });
    }

    @Test
    void saysWhereAndWhatInTheReadersLanguage() {
        String yaml = QuestionSetLoaderTest.validSetWith("polarity: NEGATIVE", "polarity: BAD")
                .replace("fr: {1: \"bas1\", 5: \"haut1\"}", "fr: {1: \"bas1\"}");

        InvalidQuestionSetException e = assertThrows(InvalidQuestionSetException.class, () -> loader.parse(yaml, "sample.yml"));

        assertEquals("sample.yml\u00a0: question «\u00a0q1\u00a0»\u00a0: scale\u00a0: libellés (labels) pour la langue "
                + "«\u00a0fr\u00a0» doivent nommer les deux extrémités de l’échelle (1 et 5)", e.texts().get(0).in("fr"));
        assertEquals("sample.yml: question 'q1': scale: labels for locale 'fr' must label both ends of the scale (1 and 5)",
                e.texts().get(0).in("en"));
        assertEquals("sample.yml\u00a0: question «\u00a0q2\u00a0»\u00a0: la polarité «\u00a0BAD\u00a0» doit être "
                + "POSITIVE ou NEGATIVE", e.texts().get(2).in("fr"));
        assertEquals(e.problems(), e.texts().stream().map(text -> text.in("en")).toList(), "the English is the problems'");
        assertEquals(String.join("; ", e.problems()), e.summary().in("en"));
    }

    @Test
    void saysWhereTheYamlBreaksInTheReadersLanguageAndTheParsersWordsAsSuch() {
        String yaml = QuestionSetLoaderTest.validSetWith("version: 1", "version: 1\nversion: 2");

        InvalidQuestionSetException e = assertThrows(InvalidQuestionSetException.class, () -> loader.parse(yaml, "sample.yml"));

        assertEquals("sample.yml: not valid YAML: found duplicate key version (line 3, column 1)", e.problems().get(0));
        assertEquals("sample.yml\u00a0: YAML non valide à la ligne 3, colonne 1 (message de l’analyseur YAML, en "
                + "anglais\u00a0: found duplicate key version)", e.texts().get(0).in("fr"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.barometer.templates.QuestionSetLoaderTest#invalidSets")
    void eachProblemHasAFrenchTextOfItsOwn(String problem, String from, String to, String expected) {
        String yaml = QuestionSetLoaderTest.validSetWith(from, to);

        InvalidQuestionSetException e = assertThrows(InvalidQuestionSetException.class, () -> loader.parse(yaml, "sample.yml"));

        for (Localised text : e.texts()) {
            String french = text.in("fr");
            assertNotEquals(text.in("en"), french, problem);
            assertTrue(french.startsWith("sample.yml\u00a0: "), french);
            assertFalse(french.matches(".*\\b(at|set|field|text|scale|labels|key|place|what)\\.[a-z-]+.*"),
                    "a key with no French text: " + french);
        }
    }

    private static Set<String> arguments(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{\\d+}").matcher(message);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties bundle(String lang) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = QuestionSetProblemsTest.class.getResourceAsStream("problems_" + lang + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
