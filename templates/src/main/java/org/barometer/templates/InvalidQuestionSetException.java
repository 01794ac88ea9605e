package org.barometer.templates;

import java.util.List;

/**
 * A question set (or several, from {@link QuestionSetLoader#loadAll()}) that cannot be used,
 * with every problem found rather than only the first, each prefixed by the file it is in.
 */
public final class InvalidQuestionSetException extends RuntimeException {

    private final List<String> problems;

    public InvalidQuestionSetException(List<String> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, e.g. {@code wellbeing-barometer.yml: question 'stress': text missing for locale 'fr'}. */
    public List<String> problems() {
        return problems;
    }

    private static String describe(List<String> problems) {
        return (problems.size() == 1 ? "1 problem in a question set" : problems.size() + " problems in question sets")
                + ":\n  - " + String.join("\n  - ", problems);
    }
}
