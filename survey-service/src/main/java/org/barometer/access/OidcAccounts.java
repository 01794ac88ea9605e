package org.barometer.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who a person signed in through the OpenID Connect provider is here, by their verified email: the
 * role of their local account when they have one (a disabled account is refused), else the role in
 * the claim named by BAROMETER_OIDC_ROLE_CLAIM, else BAROMETER_OIDC_DEFAULT_ROLE; with none of these
 * the sign-in is refused, so a provider shared with the whole company does not open the dashboard to all.
 */
@Singleton
@Named("oidc")
@Requires(property = "micronaut.security.oauth2.enabled", value = "true")
final class OidcAccounts implements OpenIdAuthenticationMapper {

    private static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.HR, Roles.VIEWER);

    private final HrUserRepository users;
    private final String roleClaim;
    private final String defaultRole;

    OidcAccounts(HrUserRepository users,
                 @Nullable @Value("${barometer.oidc.role-claim:}") String roleClaim,
                 @Nullable @Value("${barometer.oidc.default-role:}") String defaultRole) {
        this.users = users;
        this.roleClaim = roleClaim == null ? "" : roleClaim.trim();
        this.defaultRole = defaultRole == null ? "" : defaultRole.trim().toUpperCase(Locale.ROOT);
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String providerName, OpenIdTokenResponse tokenResponse,
                                                                         OpenIdClaims claims, @Nullable State state) {
        // The account lookup is JDBC: off the event loop.
        return Mono.fromCallable(() -> decide(claims.getClaims())).subscribeOn(Schedulers.boundedElastic());
    }

    AuthenticationResponse decide(Map<String, Object> claims) {
        String email = String.valueOf(claims.getOrDefault("email", "")).trim().toLowerCase(Locale.ROOT);
        // Some providers let people type any address in their profile: only the provider's word that it
        // checked the address makes it an identity, and an account here is matched only after that.
        if (email.isEmpty() || !Boolean.TRUE.equals(claims.get("email_verified"))) {
            return AuthenticationResponse.failure("The identity provider gave no verified email address.");
        }
        Optional<HrUser> local = users.findByEmail(email);
        if (local.isPresent() && local.get().disabled()) {
            return AuthenticationResponse.failure("This account is disabled.");
        }
        Optional<String> role = local.map(HrUser::role).or(() -> claimedRole(claims))
                .or(() -> Optional.of(defaultRole).filter(ROLES::contains));
        return role.map(r -> AuthenticationResponse.success(email, List.of(r), Map.of("via", "oidc")))
                .orElseGet(() -> AuthenticationResponse.failure("No role for " + email + " on this barometer."));
    }

    private Optional<String> claimedRole(Map<String, Object> claims) {
        if (roleClaim.isEmpty() || claims.get(roleClaim) == null) {
            return Optional.empty();
        }
        Object value = claims.get(roleClaim);
        List<?> values = value instanceof List<?> list ? list : List.of(value);
        return values.stream().map(v -> String.valueOf(v).toUpperCase(Locale.ROOT)).filter(ROLES::contains)
                .min((a, b) -> Integer.compare(rank(a), rank(b)));
    }

    /** With several roles claimed, the strongest wins. */
    private static int rank(String role) {
        return switch (role) {
            case Roles.ADMIN -> 0;
            case Roles.HR -> 1;
            default -> 2;
        };
    }
}
