package org.barometer.access;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** The sign-in page's model, for its own route and for the sign-in refused for too many failures. */
@Singleton
final class LoginPage {

    private final AccessTexts texts;
    private final boolean oidc;

    LoginPage(AccessTexts texts, @Value("${micronaut.security.oauth2.enabled:false}") boolean oidc) {
        this.texts = texts;
        this.oidc = oidc;
    }

    /** @param throttled how long to wait before signing in again, when the last try was refused unheard */
    ModelAndView<Map<String, Object>> of(HttpRequest<?> request, @Nullable String lang, boolean failed, boolean signedOut,
                                         @Nullable Duration throttled) {
        String language = texts.language(request, lang);
        Map<String, Object> model = texts.model(language);
        model.put("failed", failed);
        model.put("signedOut", signedOut);
        model.put("oidc", oidc);
        model.put("throttled", throttled == null ? null : throttledText(language, throttled));
        return new ModelAndView<>("access/login", model);
    }

    /** "Too many failed sign-ins… try again in 3 minutes", in {@code lang}. */
    String throttledText(String lang, Duration wait) {
        @SuppressWarnings("unchecked")
        Map<String, String> t = (Map<String, String>) texts.model(lang).get("t");
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return new MessageFormat(t.get("login.throttled"), Locale.forLanguageTag(lang)).format(new Object[] {minutes});
    }
}
