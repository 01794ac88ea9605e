package org.barometer.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Turns a refused request into its 4xx answer with the message that says what to fix. */
@Singleton
final class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, ProblemException exception) {
        return HttpResponse.<ApiError>status(exception.status())
                .body(new ApiError(exception.getMessage(), exception.errors()));
    }
}
