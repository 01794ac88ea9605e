package org.barometer.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HateoasErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Shapes every framework error (bad JSON, wrong content type, unknown route, …) as {@link ApiError}.
 * Replaces Micronaut's default, which echoes the request path: on {@code /s/{token}} that is a secret.
 */
@Singleton
@Replaces(HateoasErrorResponseProcessor.class)
final class ApiErrorResponseProcessor implements ErrorResponseProcessor<ApiError> {

    @Override
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String message = status.getCode() >= 500
                ? "Internal server error. Nothing was changed; please retry or contact your administrator."
                : summary(context.getErrors(), status);
        List<String> details = status.getCode() >= 500 || context.getErrors().size() < 2
                ? List.of()
                : context.getErrors().stream().map(Error::getMessage).toList();
        return response.body(new ApiError(message, details)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static String summary(List<Error> errors, HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND) {
            return "Not found.";
        }
        if (errors.isEmpty()) {
            return status.getReason();
        }
        return errors.get(0).getMessage();
    }
}
