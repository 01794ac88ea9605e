package org.barometer.respond;

import org.barometer.templates.Question;
import org.barometer.templates.QuestionSet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a submission against the wave's frozen questions: every rated question answered with an
 * integer on its scale, no unknown key, a comment within its length. Returns every problem at once.
 */
final class AnswerCheck {

    record Checked(Map<String, Integer> answers, String comment, List<AnswerProblem> problems) {
    }

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private AnswerCheck() {
    }

    static Checked check(QuestionSet set, Map<String, ?> raw, String comment) {
        List<AnswerProblem> problems = new ArrayList<>();
        Map<String, Integer> answers = new LinkedHashMap<>();
        Map<String, ?> given = raw == null ? Map.of() : raw;
        for (String key : given.keySet()) {
            if (set.question(key).isEmpty()) {
                problems.add(new AnswerProblem(key, "unknown", "'" + key + "' is not a question of this survey."));
            }
        }
        for (Question question : set.questions()) {
            Object value = given.get(question.key());
            Integer parsed = integerOf(value);
            String range = question.scale().min() + " to " + question.scale().max();
            if (value == null || (value instanceof String s && s.isBlank())) {
                problems.add(new AnswerProblem(question.key(), "missing", "An answer to '" + question.key()
                        + "' is required (" + range + ")."));
            } else if (parsed == null) {
                problems.add(new AnswerProblem(question.key(), "not-integer", "The answer to '" + question.key()
                        + "' must be a whole number from " + range + ", not " + describe(value) + "."));
            } else if (!question.scale().contains(parsed)) {
                problems.add(new AnswerProblem(question.key(), "range", "The answer to '" + question.key()
                        + "' must be from " + range + "; " + parsed + " is outside the scale."));
            } else {
                answers.put(question.key(), parsed);
            }
        }
        // Control characters other than tab and line breaks are never typed; PostgreSQL refuses NUL outright.
        String cleaned = comment == null ? null : CONTROL.matcher(comment).replaceAll("");
        String text = cleaned == null || cleaned.isBlank() ? null : cleaned.strip();
        int max = set.freeText().map(f -> f.maxLength()).orElse(0);
        if (text != null && set.freeText().isEmpty()) {
            problems.add(new AnswerProblem("comment", "unknown", "This survey takes no comment."));
        } else if (text != null && text.codePointCount(0, text.length()) > max) {
            problems.add(new AnswerProblem("comment", "comment-too-long", "The comment has "
                    + text.codePointCount(0, text.length()) + " characters; at most " + max + " are kept."));
        }
        return new Checked(answers, text, problems);
    }

    private static Integer integerOf(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        if (value instanceof BigDecimal d) {
            try {
                return d.intValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        if (value instanceof String s && s.strip().matches("-?\\d{1,9}")) {
            return Integer.parseInt(s.strip());
        }
        return null;
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "'";
    }
}
