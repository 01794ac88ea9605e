package org.barometer.access;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.barometer.templates.Locales;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The texts of the access pages (sign-in, users, audit) in French or English, chosen by an explicit
 * {@code ?lang=} switch, else the browser's Accept-Language, else the installation's default.
 */
@Singleton
final class AccessTexts {

    private final String defaultLanguage;

    AccessTexts(@Nullable @Value("${barometer.default-locale:fr}") String defaultLanguage) {
        this.defaultLanguage = Locales.SUPPORTED.contains(defaultLanguage) ? defaultLanguage : Locales.FALLBACK;
    }

    String language(HttpRequest<?> request, @Nullable String requested) {
        if (requested != null && Locales.SUPPORTED.contains(requested)) {
            return requested;
        }
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (accept != null && !accept.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(accept),
                        Locales.SUPPORTED.stream().map(Locale::forLanguageTag).toList());
                if (best != null) {
                    return best.getLanguage();
                }
            } catch (IllegalArgumentException malformed) {
                // A malformed header is ignored like a missing one.
            }
        }
        return defaultLanguage;
    }

    /** The page model every access page starts from: its texts as {@code t}, {@code lang} and {@code otherLang}. */
    Map<String, Object> model(String lang) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/access", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new HashMap<>();
        bundle.keySet().forEach(key -> texts.put(key, bundle.getString(key)));
        Map<String, Object> model = new HashMap<>();
        model.put("t", texts);
        model.put("lang", lang);
        model.put("otherLang", "fr".equals(lang) ? "en" : "fr");
        return model;
    }
}
