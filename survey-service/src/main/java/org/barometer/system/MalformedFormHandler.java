package org.barometer.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder.ErrorDataDecoderException;
import jakarta.inject.Singleton;

/**
 * A form body Netty cannot decode (a {@code %} not followed by two hex digits, a cut sequence) is the
 * client's mistake: 400, not the 500 Micronaut gives an unexpected exception, and the body is not logged.
 */
@Singleton
final class MalformedFormHandler implements ExceptionHandler<ErrorDataDecoderException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, ErrorDataDecoderException exception) {
        return HttpResponse.badRequest(ApiError.of("The form could not be read: it is not valid "
                + "application/x-www-form-urlencoded. / Le formulaire est illisible."));
    }
}
