package org.barometer.respond;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One thing wrong with a submission.
 *
 * @param field   the question key, or {@code comment}
 * @param code    what kind of problem: missing, range, not-integer, unknown, comment-too-long
 * @param message an English sentence for API clients (the form shows its own translation)
 */
@Serdeable
public record AnswerProblem(String field, String code, String message) {
}
