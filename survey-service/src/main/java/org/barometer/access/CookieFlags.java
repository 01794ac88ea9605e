package org.barometer.access;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.cookie.TokenCookieConfigurationProperties;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * The sign-in cookie is Secure when the public URL is https. Behind a TLS-terminating proxy the
 * request itself looks like plain http, so the request alone cannot tell.
 */
@Singleton
final class CookieFlags implements BeanCreatedEventListener<TokenCookieConfigurationProperties> {

    private final boolean secure;

    CookieFlags(@Nullable @Value("${barometer.public-url:}") String publicUrl) {
        this.secure = publicUrl != null && publicUrl.trim().toLowerCase(Locale.ROOT).startsWith("https://");
    }

    boolean secure() {
        return secure;
    }

    @Override
    public TokenCookieConfigurationProperties onCreated(BeanCreatedEvent<TokenCookieConfigurationProperties> event) {
        TokenCookieConfigurationProperties cookie = event.getBean();
        if (secure) {
            cookie.setCookieSecure(true);
        }
        return cookie;
    }
}
