package org.barometer.templates;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned survey: what the respondent reads and the rated questions, in the order asked.
 *
 * @param key the set's identifier, equal to its file name without {@code .yml}
 * @param version raised by whoever edits the set, so a wave can record which wording it asked
 */
public record QuestionSet(
        String key,
        int version,
        Map<String, String> title,
        Map<String, String> intro,
        List<Question> questions,
        Optional<FreeTextQuestion> freeText) {

    public QuestionSet {
        Objects.requireNonNull(key, "key");
        title = Map.copyOf(title);
        intro = Map.copyOf(intro);
        questions = List.copyOf(questions);
        Objects.requireNonNull(freeText, "freeText");
    }

    public String title(String locale) {
        return Locales.pick(title, locale);
    }

    public String intro(String locale) {
        return Locales.pick(intro, locale);
    }

    /** The rated question with this key, if the set has one. */
    public Optional<Question> question(String questionKey) {
        return questions.stream().filter(q -> q.key().equals(questionKey)).findFirst();
    }
}
