package org.barometer.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * The 500 of a failure nothing else handles (a bug), in place of Micronaut's own, which logs the
 * exception's messages: on the respondent's paths they may hold an answer ({@link SafeFailure}).
 * The log keeps the kinds of exception, the SQLState and the stack trace; the answer is the same
 * generic 500 as before. Every more specific handler (a refusal, an outage, bad JSON) still wins.
 */
@Singleton
final class UnexpectedFailureHandler implements ExceptionHandler<Throwable, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailureHandler.class);

    private final ErrorResponseProcessor<?> errors;

    UnexpectedFailureHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Throwable exception) {
        if (exception instanceof IOException) {
            // A client gone mid-request (connection reset, closed channel): Micronaut logs these at DEBUG too.
            LOG.debug("Request of a client that went away: {}", SafeFailure.describe(exception));
        } else {
            // No path: the path of /s/{token} is a secret.
            LOG.error("Unexpected error, answered 500 to {}: {}", request.getMethodName(), SafeFailure.describe(exception),
                    SafeFailure.withoutMessages(exception));
        }
        return errors.processResponse(ErrorContext.builder(request).cause(exception)
                .errorMessage("Internal Server Error").build(), HttpResponse.serverError());
    }
}
