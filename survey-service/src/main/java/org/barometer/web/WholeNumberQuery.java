package org.barometer.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import org.barometer.system.ProblemException;
import org.barometer.system.Text;

/**
 * A query parameter of an HR page that holds a whole number ({@code ?page=2}). Taken as text and
 * read here, not bound as an {@code int}: the framework refuses {@code ?page=abc} with a JSON
 * error, where a person reading the dashboard needs its refusal page ({@link HrFrame#refusal}).
 */
public final class WholeNumberQuery {

    private WholeNumberQuery() {
    }

    /**
     * @param name   the parameter, named in the refusal
     * @param absent the value when the parameter is missing or blank
     * @throws ProblemException 400 when the value is not a whole number of 0 or more (an {@code int})
     */
    public static int of(String name, @Nullable String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, as a negative number is
        }
        throw new ProblemException(HttpStatus.BAD_REQUEST, Text.of("query.whole-number", name));
    }
}
