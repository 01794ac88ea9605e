package org.barometer.access;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a login against the stored BCrypt hash; a disabled account cannot sign in. Too many
 * failures for the account or from the client address are refused before the check
 * ({@link LoginThrottle}); the address is the one the respondent rate limit sees (behind a proxy,
 * its X-Forwarded-For when configured). Runs on the blocking executor (it uses JDBC).
 */
@Singleton
final class HrAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final HrUserRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final HttpClientAddressResolver addresses;

    HrAuthenticationProvider(HrUserRepository users, PasswordHasher hasher, LoginThrottle throttle,
                             HttpClientAddressResolver addresses) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.addresses = addresses;
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(HttpRequest<B> request,
                                                        @NonNull AuthenticationRequest<String, String> authRequest) {
        String email = authRequest.getIdentity() == null ? "" : authRequest.getIdentity().trim().toLowerCase(Locale.ROOT);
        String password = authRequest.getSecret() == null ? "" : authRequest.getSecret();
        String address = addresses.resolve(request);
        var refused = throttle.attempt(email, address);
        if (refused.isPresent()) {
            return refused.get();
        }
        var user = users.findByEmail(email).filter(u -> !u.disabled());
        boolean ok = hasher.matches(password, user.map(HrUser::passwordHash).orElse(null));
        if (user.isEmpty() || !ok) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        throttle.succeeded(email, address);
        return AuthenticationResponse.success(user.get().email(), List.of(user.get().role()),
                Map.of(CurrentAccountClaims.ACCOUNT_ID, user.get().id().toString(),
                        CurrentAccountClaims.CREDENTIALS, CurrentAccountClaims.fingerprint(user.get().passwordHash())));
    }
}
