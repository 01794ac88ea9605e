package org.barometer.system;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * A request the service refuses, with the status and the sentences that tell the caller what to fix.
 * Thrown before anything is written, or inside the transaction it rolls back.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final transient List<?> errors;
    private final transient Text text;

    public ProblemException(HttpStatus status, String message) {
        this(status, message, List.of());
    }

    public ProblemException(HttpStatus status, String message, List<?> errors) {
        this(status, message, null, errors);
    }

    /** A refusal a page can say in its reader's language; its message (for the API) is the English. */
    public ProblemException(HttpStatus status, Text text, List<?> errors) {
        this(status, text.english(), text, errors);
    }

    public ProblemException(HttpStatus status, Text text) {
        this(status, text, List.of());
    }

    private ProblemException(HttpStatus status, String message, Text text, List<?> errors) {
        super(message, null, false, false);
        this.status = status;
        this.text = text;
        this.errors = List.copyOf(errors);
    }

    public HttpStatus status() {
        return status;
    }

    /** Structured details (for example one entry per bad CSV row); may be empty. */
    public List<?> errors() {
        return errors;
    }

    /** The refusal in {@code lang}; in English where no page text was given for it. */
    public String in(String lang) {
        return text().in(lang);
    }

    /** The refusal as a sentence to say in another (the message as it is where none was given). */
    public Text text() {
        return text == null ? Text.of("as-is", getMessage()) : text;
    }

    public static ProblemException notFound(String message) {
        return new ProblemException(HttpStatus.NOT_FOUND, message);
    }

    public static ProblemException conflict(String message) {
        return new ProblemException(HttpStatus.CONFLICT, message);
    }

    public static ProblemException badRequest(String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, message);
    }
}
