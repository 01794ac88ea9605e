package org.barometer.access;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationException;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.LoginCookieProvider;
import io.micronaut.security.token.cookie.RefreshTokenCookieConfiguration;
import io.micronaut.security.token.cookie.TokenCookieLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import jakarta.inject.Singleton;
import org.barometer.system.ApiError;
import org.barometer.templates.Locales;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One {@code POST /login} for two kinds of client. A browser's form gets the token in an HttpOnly,
 * SameSite=Strict cookie and a 303 to the dashboard (or back to the sign-in page with a message
 * that does not say whether the account exists). A JSON client (scripts, the API) gets the bearer
 * token in the body, as before. A sign-in refused for too many failures ({@link LoginThrottle}) is
 * 429 with Retry-After for both: the sign-in page saying how long to wait, or JSON saying it, in the
 * reader's language (the API's English unless the client asks for French).
 */
@Singleton
@Replaces(TokenCookieLoginHandler.class)
final class BarometerLoginHandler extends TokenCookieLoginHandler {

    private final LoginPage page;
    private final AccessTexts texts;

    BarometerLoginHandler(RedirectService redirectService, RedirectConfiguration redirectConfiguration,
                          AccessTokenCookieConfiguration accessTokenCookieConfiguration,
                          RefreshTokenCookieConfiguration refreshTokenCookieConfiguration,
                          AccessTokenConfiguration accessTokenConfiguration,
                          AccessRefreshTokenGenerator accessRefreshTokenGenerator,
                          @Nullable PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLoginPersistence,
                          List<LoginCookieProvider<HttpRequest<?>>> loginCookieProviders,
                          LoginPage page, AccessTexts texts) {
        super(redirectService, redirectConfiguration, accessTokenCookieConfiguration, refreshTokenCookieConfiguration,
                accessTokenConfiguration, accessRefreshTokenGenerator, priorToLoginPersistence, loginCookieProviders);
        this.page = page;
        this.texts = texts;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        if (isJson(request)) {
            return accessRefreshTokenGenerator.generate(authentication)
                    .<MutableHttpResponse<?>>map(HttpResponse::ok)
                    .orElseGet(HttpResponse::serverError);
        }
        return super.loginSuccess(authentication, request);
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        if (failure instanceof LoginThrottle.Throttled throttled) {
            return throttled(throttled.retryAfter(), request);
        }
        if (isJson(request)) {
            throw new AuthenticationException(failure.getMessage().orElse(null));
        }
        String lang = request.getParameters().get("lang");
        String query = lang == null || !lang.matches("[a-z]{2}") ? "" : "&lang=" + lang;
        return HttpResponse.seeOther(URI.create("/login?error=1" + query));
    }

    private MutableHttpResponse<?> throttled(Duration wait, HttpRequest<?> request) {
        var response = HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)));
        if (isJson(request)) {
            boolean asked = request.getHeaders().contains(HttpHeaders.ACCEPT_LANGUAGE);
            String lang = asked ? texts.language(request, null) : Locales.FALLBACK;
            return response.body(ApiError.of(page.throttledText(lang, wait)));
        }
        return response.body(page.of(request, request.getParameters().get("lang"), false, false, wait));
    }

    private static boolean isJson(HttpRequest<?> request) {
        return request.getContentType().map(type -> type.matches(MediaType.APPLICATION_JSON_TYPE)).orElse(false);
    }
}
