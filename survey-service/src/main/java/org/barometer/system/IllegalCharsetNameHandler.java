package org.barometer.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.nio.charset.IllegalCharsetNameException;

/** A Content-Type naming a charset Java does not know (e.g. {@code charset=latin-1}) is the client's to fix: 415, not 500. */
@Singleton
final class IllegalCharsetNameHandler implements ExceptionHandler<IllegalCharsetNameException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, IllegalCharsetNameException exception) {
        return HttpResponse.<ApiError>status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ApiError.of(
                "The charset in Content-Type is not one this service knows; send UTF-8 (charset=utf-8)."));
    }
}
