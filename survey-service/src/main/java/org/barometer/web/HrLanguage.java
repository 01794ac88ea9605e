package org.barometer.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import org.barometer.templates.Locales;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of an HR page: {@code ?lang=} (then remembered in a cookie), else the cookie, else
 * the browser's Accept-Language, else the installation's default.
 */
final class HrLanguage {

    static final String COOKIE = "barometer_lang";

    private HrLanguage() {
    }

    static String of(HttpRequest<?> request, String installationDefault) {
        return requested(request)
                .or(() -> request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(Locales.SUPPORTED::contains))
                .or(() -> request.getLocale().map(Locale::getLanguage).filter(Locales.SUPPORTED::contains))
                .orElse(Locales.SUPPORTED.contains(installationDefault) ? installationDefault : Locales.FALLBACK);
    }

    /** The language asked for in the query string, when it is one we have. */
    static Optional<String> requested(HttpRequest<?> request) {
        return request.getParameters().getFirst("lang").filter(Locales.SUPPORTED::contains);
    }

    static Cookie cookie(String lang) {
        return Cookie.of(COOKIE, lang).path("/").httpOnly(true).sameSite(SameSite.Strict)
                .maxAge(Duration.ofDays(365));
    }
}
