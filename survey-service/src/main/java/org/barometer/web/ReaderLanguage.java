package org.barometer.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import org.barometer.templates.Locales;

import java.util.Locale;

/**
 * The language of a page anyone may open without signing in (the respondent's pages, the data
 * protection page): the one asked for with {@code ?lang=}, else the browser's preference between
 * ours, else the fallback. No cookie: these pages set none.
 */
public final class ReaderLanguage {

    private ReaderLanguage() {
    }

    public static String of(HttpRequest<?> request) {
        String asked = request.getParameters().get("lang");
        if (asked != null && Locales.SUPPORTED.contains(asked)) {
            return asked;
        }
        String accepted = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        try {
            String best = accepted == null ? null : Locale.lookupTag(Locale.LanguageRange.parse(accepted), Locales.SUPPORTED);
            if (best != null) {
                return best;
            }
        } catch (IllegalArgumentException malformed) {
            // A header no browser sends: the fallback language will do.
        }
        return Locales.FALLBACK;
    }
}
