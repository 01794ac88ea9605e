package org.barometer.access;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * A person not signed in who opens a dashboard page is sent to the sign-in page (303), whatever
 * their browser's Accept header; the API and everything else answer 401. Too little role is
 * always a plain 403: sending a signed-in viewer to the sign-in page would only confuse them.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class SignInRedirects extends DefaultAuthorizationExceptionHandler {

    SignInRedirects(ErrorResponseProcessor<?> errorResponseProcessor, RedirectConfiguration redirectConfiguration,
                    RedirectService redirectService,
                    List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> challengeProviders,
                    @Nullable PriorToLoginPersistence priorToLoginPersistence) {
        super(errorResponseProcessor, redirectConfiguration, redirectService, challengeProviders, priorToLoginPersistence);
    }

    @Override
    protected boolean shouldRedirect(HttpRequest<?> request, AuthorizationException exception) {
        return !exception.isForbidden() && isDashboardPage(request.getPath());
    }

    static boolean isDashboardPage(String path) {
        return path.equals("/") || path.equals("/hr") || path.startsWith("/hr/");
    }
}
