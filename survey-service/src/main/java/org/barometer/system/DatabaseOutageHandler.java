package org.barometer.system;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.views.ViewsRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * The answer to a failure of the data layer: 503 with a Retry-After when the database cannot be
 * reached ({@link DatabaseOutage}), as JSON for the API and as a page for a browser; anything else
 * is the 500 of an unexpected exception ({@link UnexpectedFailureHandler}: logged without its
 * messages, which may echo a row), so a bug still shows.
 * One instance per exception type the data layer wraps failures in ({@link DatabaseOutageHandlers}).
 */
final class DatabaseOutageHandler<T extends Throwable> implements ExceptionHandler<T, HttpResponse<?>> {

    // "Most likely": a commit already sent when the connection dropped may have gone through; the
    // retry then tells (an answer: 409, already given).
    static final String MESSAGE = "The database cannot be reached: this request could not be confirmed and was most "
            + "likely not carried out. Please try again in a minute. / La base de données est injoignable\u00a0: "
            + "cette demande n’a pas pu être confirmée et n’a le plus probablement pas été exécutée. Réessayez dans une minute.";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageHandler.class);

    private final UnexpectedFailureHandler unexpected;
    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;

    DatabaseOutageHandler(UnexpectedFailureHandler unexpected, ViewsRenderer<Map<String, Object>, HttpRequest<?>> views) {
        this.unexpected = unexpected;
        this.views = views;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, T exception) {
        if (!DatabaseOutage.isOutage(exception)) {
            return unexpected.handle(request, exception);
        }
        // No stack trace and no path: an outage is not a bug, and the path of /s/{token} is a secret.
        LOG.warn("Database unavailable, answered 503: {}", SafeFailure.describe(exception));
        var response = HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
        if (wantsPage(request)) {
            return response.contentType(MediaType.TEXT_HTML_TYPE)
                    .body(views.render("system/unavailable", Map.of(), request));
        }
        return response.body(ApiError.of(MESSAGE));
    }

    /** A browser asking for a page; the API and every other client get JSON. */
    private static boolean wantsPage(HttpRequest<?> request) {
        return !request.getPath().startsWith("/api/")
                && request.accept().stream().anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
    }
}
