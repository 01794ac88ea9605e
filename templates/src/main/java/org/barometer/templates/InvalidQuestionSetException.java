package org.barometer.templates;

import java.util.List;

/**
 * A question set (or several, from {@link QuestionSetLoader#loadAll()}) that cannot be used,
 * with every problem found rather than only the first, each prefixed by the file it is in.
 */
public final class InvalidQuestionSetException extends RuntimeException {

    private final transient List<Localised> texts;

    InvalidQuestionSetException(List<? extends Localised> texts) {
        super(describe(texts));
        this.texts = List.copyOf(texts);
    }

    /** One line per problem, in English, e.g. {@code wellbeing-barometer.yml: question 'stress': text missing for locale 'fr'}. */
    public List<String> problems() {
        return texts.stream().map(text -> text.in("en")).toList();
    }

    /** The same problems, each in any supported language (for a page, in its reader's). */
    public List<Localised> texts() {
        return texts;
    }

    /** Every problem one after the other, separated by {@code ;}, in any supported language. */
    public Localised summary() {
        // French puts a no-break space before a semicolon.
        return lang -> String.join("fr".equals(lang) ? "\u00a0; " : "; ", texts.stream().map(text -> text.in(lang)).toList());
    }

    private static String describe(List<? extends Localised> texts) {
        return (texts.size() == 1 ? "1 problem in a question set" : texts.size() + " problems in question sets")
                + ":\n  - " + String.join("\n  - ", texts.stream().map(text -> text.in("en")).toList());
    }
}
