package org.barometer.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Remembers the language chosen with {@code ?lang=} on an HR page, so the next pages keep it. */
@ServerFilter({"/hr", "/hr/**"})
final class LanguageCookieFilter {

    @ResponseFilter
    void remember(HttpRequest<?> request, MutableHttpResponse<?> response) {
        HrLanguage.requested(request).ifPresent(lang -> response.cookie(HrLanguage.cookie(lang)));
    }
}
