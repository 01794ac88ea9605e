package org.barometer.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The body of every 4xx/5xx answer of the JSON API. Never echoes the request path (it may hold a token). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String message, List<?> errors) {

    public static ApiError of(String message) {
        return new ApiError(message, List.of());
    }
}
