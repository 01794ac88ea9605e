package org.barometer.access;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a login against the stored BCrypt hash; a disabled account cannot sign in. Runs on the
 * blocking executor (it uses JDBC).
 */
@Singleton
final class HrAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final HrUserRepository users;
    private final PasswordHasher hasher;

    HrAuthenticationProvider(HrUserRepository users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(HttpRequest<B> request,
                                                        @NonNull AuthenticationRequest<String, String> authRequest) {
        String email = authRequest.getIdentity() == null ? "" : authRequest.getIdentity().trim().toLowerCase(Locale.ROOT);
        String password = authRequest.getSecret() == null ? "" : authRequest.getSecret();
        var user = users.findByEmail(email).filter(u -> !u.disabled());
        boolean ok = hasher.matches(password, user.map(HrUser::passwordHash).orElse(null));
        if (user.isEmpty() || !ok) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        return AuthenticationResponse.success(user.get().email(), List.of(user.get().role()),
                Map.of(CurrentAccountClaims.ACCOUNT_ID, user.get().id().toString(),
                        CurrentAccountClaims.CREDENTIALS, CurrentAccountClaims.fingerprint(user.get().passwordHash())));
    }
}
