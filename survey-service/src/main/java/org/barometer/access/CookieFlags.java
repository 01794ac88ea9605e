package org.barometer.access;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.security.token.cookie.TokenCookieConfigurationProperties;
import jakarta.inject.Singleton;
import org.barometer.system.BarometerConfig;

/** The sign-in cookie is Secure when the service is served over https ({@link BarometerConfig#servedOverHttps}). */
@Singleton
final class CookieFlags implements BeanCreatedEventListener<TokenCookieConfigurationProperties> {

    private final boolean secure;

    CookieFlags(BarometerConfig config) {
        this.secure = config.servedOverHttps();
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
