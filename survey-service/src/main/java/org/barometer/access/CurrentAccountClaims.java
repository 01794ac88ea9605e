package org.barometer.access;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * A signed, unexpired token is accepted only while it still speaks for the account as it is now:
 * the account exists and is not disabled, its role is the token's, and (for a password sign-in) its
 * password is the one the token was issued for. So disabling an account, changing its role or its
 * password ends its sessions on the next request, cookie or bearer alike; the person signs in again.
 * A token ended by signing out ({@link RevokedTokens}) is refused too, on every instance.
 * Applies to every JWT (Micronaut Security runs each {@link GenericJwtClaimsValidator}); the lookup
 * is JDBC, so validation runs on the blocking executor ({@code reactive-validator-execute-on-blocking}).
 */
@Singleton
class CurrentAccountClaims<R> implements GenericJwtClaimsValidator<R> {

    /** The claim that carries {@link #fingerprint} of the password hash the token was issued for. */
    static final String CREDENTIALS = "cred";
    static final String ACCOUNT_ID = "uid";
    /**
     * Accounts are looked up at most this long ago, so a page with many requests costs one query;
     * changes made here clear it at once, so only another instance can lag, by this much at most.
     */
    private static final Duration FRESHNESS = Duration.ofSeconds(3);

    private final HrUserRepository users;
    private final RevokedTokens revoked;
    private final Cache<String, Optional<HrUser>> recent = CacheBuilder.newBuilder()
            .expireAfterWrite(FRESHNESS).maximumSize(1_000).build();

    CurrentAccountClaims(HrUserRepository users, RevokedTokens revoked) {
        this.users = users;
        this.revoked = revoked;
    }

    @Override
    public boolean validate(Claims claims, @Nullable R request) {
        // Not cached: a sign-out must count on the very next request, here or on another instance.
        if (revoked.isRevoked(claims.get(Claims.TOKEN_ID))) {
            return false;
        }
        Object id = claims.get(ACCOUNT_ID);
        String email = String.valueOf(claims.get(Claims.SUBJECT));
        if (id == null) {
            // Signed in through OpenID Connect: a local account, when there is one, still decides.
            return account("email:" + email, () -> users.findByEmail(email))
                    .map(user -> !user.disabled() && sameRole(claims, user)).orElse(true);
        }
        Optional<UUID> uid = parse(String.valueOf(id));
        return uid.flatMap(u -> account(u.toString(), () -> users.findById(u)))
                .filter(user -> !user.disabled() && sameRole(claims, user))
                .filter(user -> fingerprint(user.passwordHash()).equals(claims.get(CREDENTIALS)))
                .isPresent();
    }

    /** Accounts changed here take effect on the very next request, once the change is committed. */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void on(AuditEvent event) {
        if (event.action().startsWith("user.")) {
            recent.invalidateAll();
        }
    }

    /**
     * A short digest of the stored BCrypt hash: changes with every new password (a new salt each
     * time) and says nothing of the password itself, which the salted, slow hash already guards.
     */
    static String fingerprint(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private Optional<HrUser> account(String key, Callable<Optional<HrUser>> load) {
        try {
            return recent.get(key, load);
        } catch (ExecutionException | UncheckedExecutionException e) {
            // The database's own exception, so that an outage is still answered as one (503).
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    private static boolean sameRole(Claims claims, HrUser user) {
        Object roles = claims.get("roles");
        Set<String> claimed = roles instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.toSet()) : Set.of(String.valueOf(roles));
        return claimed.equals(Set.of(user.role()));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
