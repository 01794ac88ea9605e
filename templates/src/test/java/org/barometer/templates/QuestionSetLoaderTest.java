package org.barometer.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuestionSetLoaderTest {

    private final QuestionSetLoader loader = new QuestionSetLoader(TemplateSource.classpathOnly());

    /** A minimal valid set; each invalid case below changes one piece of it. */
    static String validSet() {
        return """
                key: sample
                version: 1
                title: {fr: "Titre", en: "Title"}
                intro: {fr: "Introduction", en: "Introduction"}
                questions:
                  - {key: q1, polarity: POSITIVE, text: {fr: "Q1 fr", en: "Q1 en"}, scale: {min: 1, max: 5, labels: {fr: {1: "bas1", 5: "haut1"}, en: {1: "low1", 5: "high1"}}}}
                  - {key: q2, polarity: NEGATIVE, text: {fr: "Q2 fr", en: "Q2 en"}, scale: {min: 1, max: 5, labels: {fr: {1: "bas2", 5: "haut2"}, en: {1: "low2", 5: "high2"}}}}
                  - {key: q3, polarity: positive, text: {fr: "Q3 fr", en: "Q3 en"}, scale: {min: 0, max: 10, labels: {fr: {0: "bas3", 10: "haut3"}, en: {0: "low3", 10: "high3"}}}}
                  - {key: q4, polarity: POSITIVE, text: {fr: "Q4 fr", en: "Q4 en"}, scale: {min: 1, max: 5, labels: {fr: {1: "bas4", 5: "haut4"}, en: {1: "low4", 5: "high4"}}}}
                  - {key: q5, polarity: POSITIVE, text: {fr: "Q5 fr", en: "Q5 en"}, scale: {min: 1, max: 5, labels: {fr: {1: "bas5", 5: "haut5"}, en: {1: "low5", 5: "high5"}}}}
                freeText: {key: comment, text: {fr: "Commentaire", en: "Comment"}}
                """;
    }

    static String validSetWith(String from, String to) {
        String yaml = validSet();
        int at = yaml.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("the valid set has no '" + from + "'");
        }
        return yaml.substring(0, at) + to + yaml.substring(at + from.length());
    }

    static String lineOf(String part) {
        return validSet().lines().filter(line -> line.contains(part)).findFirst().orElseThrow() + "\n";
    }

    static String question(int number) {
        return "  - {key: q" + number + ", polarity: POSITIVE, text: {fr: \"fr\", en: \"en\"}, scale: {min: 1, max: 5, "
                + "labels: {fr: {1: \"bas\", 5: \"haut\"}, en: {1: \"low\", 5: \"high\"}}}}\n";
    }

    @Test
    void readsAValidSetWithItsQuestionsInOrder() {
        QuestionSet set = loader.parse(validSet(), "sample.yml");

        assertEquals("sample", set.key());
        assertEquals(List.of("q1", "q2", "q3", "q4", "q5"), set.questions().stream().map(Question::key).toList());
        assertEquals(Polarity.NEGATIVE, set.question("q2").orElseThrow().polarity());
        assertEquals("Q3 fr", set.question("q3").orElseThrow().text("fr"));
        assertEquals(11, set.question("q3").orElseThrow().scale().points());
        assertEquals("high1", set.question("q1").orElseThrow().scale().label("en", 5).orElseThrow());
        assertEquals(FreeTextQuestion.DEFAULT_MAX_LENGTH, set.freeText().orElseThrow().maxLength());
    }

    static Stream<Arguments> invalidSets() {
        return Stream.of(
                Arguments.of("text missing for a locale", "fr: \"Q1 fr\", ", "",
                        "sample.yml: question 'q1': text missing for locale 'fr'"),
                Arguments.of("blank text", "\"Q1 en\"", "\"  \"",
                        "sample.yml: question 'q1': text for locale 'en' is empty"),
                Arguments.of("unquoted yes/no read as a boolean", "\"Q1 en\"", "no",
                        "sample.yml: question 'q1': text for locale 'en' must be text, put it in quotes"),
                Arguments.of("unsupported locale", "en: \"Q1 en\"", "en: \"Q1 en\", de: \"Q1 de\"",
                        "sample.yml: question 'q1': text has unsupported locale 'de'"),
                Arguments.of("title missing for a locale", "title: {fr: \"Titre\", en: \"Title\"}", "title: {fr: \"Titre\"}",
                        "sample.yml: title missing for locale 'en'"),
                Arguments.of("duplicate question key", "key: q2,", "key: q1,",
                        "sample.yml: question 'q1': duplicate question key 'q1'"),
                Arguments.of("free text reusing a rated key", "key: comment", "key: q3",
                        "sample.yml: free-text question 'q3': duplicate question key 'q3'"),
                Arguments.of("key not matching the pattern", "key: q1,", "key: Q1,",
                        "sample.yml: question 'Q1': key 'Q1' must match [a-z][a-z0-9_-]*"),
                Arguments.of("too few rated questions", lineOf("key: q5"), "",
                        "sample.yml: 5 to 7 rated questions required (found 4)"),
                Arguments.of("too many rated questions", "freeText:", question(6) + question(7) + question(8) + "freeText:",
                        "sample.yml: 5 to 7 rated questions required (found 8)"),
                Arguments.of("scale min other than 0 or 1", "min: 1, max: 5, labels: {fr: {1: \"bas1\"", "min: 2, max: 5, labels: {fr: {1: \"bas1\"",
                        "sample.yml: question 'q1': scale: min must be 0 or 1 (was 2)"),
                Arguments.of("scale max above 10", "min: 0, max: 10", "min: 0, max: 12",
                        "sample.yml: question 'q3': scale: max must be at most 10 (was 12)"),
                Arguments.of("scale min not below max", "min: 1, max: 5, labels: {fr: {1: \"bas1\"", "min: 1, max: 1, labels: {fr: {1: \"bas1\"",
                        "sample.yml: question 'q1': scale: min must be below max with at least three points (was 1 to 1)"),
                Arguments.of("label outside the scale", "5: \"haut1\"", "5: \"haut1\", 7: \"trop\"",
                        "sample.yml: question 'q1': scale: labels for locale 'fr': 7 is outside the scale 1 to 5"),
                Arguments.of("label for a point that is not a number", "5: \"haut1\"", "5: \"haut1\", top: \"trop\"",
                        "sample.yml: question 'q1': scale: labels for locale 'fr': 'top' is not a point of the scale"),
                Arguments.of("an end of the scale unlabelled", ", 5: \"haut1\"", "",
                        "sample.yml: question 'q1': scale: labels for locale 'fr' must label both ends of the scale (1 and 5)"),
                Arguments.of("labels missing for a locale", ", en: {1: \"low1\", 5: \"high1\"}", "",
                        "sample.yml: question 'q1': scale: labels missing for locale 'en'"),
                Arguments.of("scale missing", ", scale: {min: 1, max: 5, labels: {fr: {1: \"bas2\", 5: \"haut2\"}, en: {1: \"low2\", 5: \"high2\"}}}", "",
                        "sample.yml: question 'q2': scale missing"),
                Arguments.of("polarity missing", "polarity: NEGATIVE, ", "",
                        "sample.yml: question 'q2': polarity missing"),
                Arguments.of("polarity not known", "polarity: NEGATIVE", "polarity: BAD",
                        "sample.yml: question 'q2': polarity 'BAD' must be POSITIVE or NEGATIVE"),
                Arguments.of("two free-text questions", "freeText: {key: comment, text: {fr: \"Commentaire\", en: \"Comment\"}}",
                        "freeText:\n  - {key: comment, text: {fr: \"Commentaire\", en: \"Comment\"}}\n  - {key: other, text: {fr: \"Autre\", en: \"Other\"}}",
                        "sample.yml: at most one free-text question allowed (found 2)"),
                Arguments.of("free-text length out of range", "{key: comment,", "{key: comment, maxLength: 0,",
                        "sample.yml: free-text question 'comment': maxLength must be between 1 and 10000 (was 0)"),
                Arguments.of("key other than the file name", "key: sample", "key: other",
                        "sample.yml: key 'other' must equal the file name without .yml ('sample')"),
                Arguments.of("version below 1", "version: 1", "version: 0",
                        "sample.yml: version must be 1 or more (was 0)"),
                Arguments.of("version missing", "version: 1\n", "",
                        "sample.yml: version missing"),
                Arguments.of("unknown field in the set", "version: 1", "version: 1\ncolour: blue",
                        "sample.yml: unknown field 'colour'"),
                Arguments.of("unknown field in a question", "{key: q4,", "{key: q4, hint: \"x\",",
                        "sample.yml: question 'q4': unknown field 'hint'"),
                Arguments.of("a field given twice", "version: 1", "version: 1\nversion: 2",
                        "sample.yml: not valid YAML: found duplicate key version"),
                Arguments.of("broken YAML", "questions:", "questions: [",
                        "sample.yml: not valid YAML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSets")
    void refusesAnInvalidSetNamingTheProblem(String problem, String from, String to, String expected) {
        String yaml = validSetWith(from, to);

        InvalidQuestionSetException e = assertThrows(InvalidQuestionSetException.class, () -> loader.parse(yaml, "sample.yml"));

        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(expected)),
                () -> "expected a problem starting with \"" + expected + "\" but got " + e.problems());
    }

    @Test
    void aQuestionMayNameWhatItMeasuresAndFallsBackToItsTextOtherwise() {
        QuestionSet set = loader.parse(validSetWith("text: {fr: \"Q1 fr\", en: \"Q1 en\"}",
                "text: {fr: \"Q1 fr\", en: \"Q1 en\"}, label: {fr: \"la clarté\", en: \"clarity\"}"), "sample.yml");

        assertEquals("la clarté", set.question("q1").orElseThrow().label("fr"));
        assertEquals("clarity", set.question("q1").orElseThrow().label("en"));
        assertEquals("Q2 en", set.question("q2").orElseThrow().label("en"));
    }

    @Test
    void aLabelInOneLanguageOnlyIsAProblem() {
        String yaml = validSetWith("text: {fr: \"Q1 fr\", en: \"Q1 en\"}", "text: {fr: \"Q1 fr\", en: \"Q1 en\"}, label: {fr: \"la clarté\"}");

        InvalidQuestionSetException e = assertThrows(InvalidQuestionSetException.class, () -> loader.parse(yaml, "sample.yml"));

        assertEquals(1, e.problems().size(), () -> e.problems().toString());
        assertTrue(e.problems().get(0).contains("label"), e.problems()::toString);
    }

    @Test
    void reportsEveryProblemOfASetAtOnce() {
        String yaml = validSetWith("fr: \"Q1 fr\", ", "").replace("polarity: NEGATIVE", "polarity: BAD").replace("max: 10", "max: 12");

        InvalidQuestionSetException e = assertThrows(InvalidQuestionSetException.class, () -> loader.parse(yaml, "sample.yml"));

        assertEquals(3, e.problems().size(), () -> e.problems().toString());
        assertTrue(e.getMessage().startsWith("3 problems in question sets:"), e.getMessage());
    }

    @Test
    void refusesAnEmptyFile() {
        InvalidQuestionSetException e = assertThrows(InvalidQuestionSetException.class, () -> loader.parse("# nothing\n", "sample.yml"));

        assertEquals(List.of("sample.yml: the file is empty"), e.problems());
    }

    @Test
    void refusesYamlTagsThatWouldConstructJavaObjects() {
        String yaml = validSetWith("version: 1", "version: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]");

        InvalidQuestionSetException e = assertThrows(InvalidQuestionSetException.class, () -> loader.parse(yaml, "sample.yml"));

        assertTrue(e.problems().get(0).startsWith("sample.yml: not valid YAML"), e.problems()::toString);
    }

    @Test
    void acceptsAnyOriginWithoutAFileNameToCompareTheKeyWith() {
        assertEquals("sample", loader.parse(validSet(), "upload by HR").key());
    }

    @Test
    void failsToLoadAnUnknownSetListingTheAvailableOnes() {
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> loader.load("no-such-set"));

        assertTrue(e.getMessage().contains("wellbeing-barometer"), e.getMessage());
    }

    @Test
    void refusesToLoadAKeyThatCouldNotBeAFileName() {
        assertThrows(IllegalArgumentException.class, () -> loader.load("../secrets"));
    }
}
