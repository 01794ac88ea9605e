package org.barometer.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BuiltInQuestionSetsTest {

    private final QuestionSetLoader loader = new QuestionSetLoader(TemplateSource.classpathOnly());

    @Test
    void bothBuiltInSetsLoadAndAreValid() {
        List<QuestionSet> sets = loader.loadAll();

        assertEquals(List.of("async-work-pulse", "wellbeing-barometer"), sets.stream().map(QuestionSet::key).toList());
        sets.forEach(set -> assertTrue(set.freeText().isPresent(), set.key() + " has a comment question"));
        sets.forEach(set -> set.questions().forEach(q -> assertTrue(!q.label().isEmpty() && !q.label("fr").equals(q.label("en")),
                set.key() + "." + q.key() + " names what it measures in both languages")));
    }

    @Test
    void wellbeingBarometerAsksTheCoreQuestionsWithTheirPolarity() {
        QuestionSet set = loader.load("wellbeing-barometer");

        Map<String, Polarity> polarities = set.questions().stream().collect(Collectors.toMap(Question::key, Question::polarity));
        assertEquals(Map.of(
                "stress", Polarity.NEGATIVE,
                "clarity", Polarity.POSITIVE,
                "interruptions", Polarity.NEGATIVE,
                "autonomy", Polarity.POSITIVE,
                "workload", Polarity.NEGATIVE,
                "support", Polarity.POSITIVE), polarities);
        set.questions().forEach(q -> assertEquals(5, q.scale().points(), q.key()));
        assertEquals("comment", set.freeText().orElseThrow().key());
    }

    @Test
    void indexListsExactlyTheBuiltInSetFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/barometer-templates/questions"))) {
            List<String> onDisk = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".yml"))
                    .map(name -> name.substring(0, name.length() - ".yml".length()))
                    .sorted()
                    .toList();

            assertEquals(onDisk, TemplateSource.classpathOnly().questionSetKeys());
        }
    }

    @Test
    void frenchTextsKeepANoBreakSpaceBeforeDoublePunctuation() {
        for (QuestionSet set : loader.loadAll()) {
            List<String> french = Stream.of(
                    Stream.of(set.title("fr"), set.intro("fr")),
                    set.questions().stream().map(q -> q.text("fr")),
                    set.questions().stream().flatMap(q -> q.scale().labels("fr").values().stream()),
                    set.freeText().stream().map(f -> f.text("fr"))).flatMap(s -> s).toList();

            french.forEach(text -> assertFalse(FrenchTypography.breaksBeforePunctuation(text), set.key() + ": " + text));
        }
    }
}
