package org.barometer.access;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Creates sign-in accounts for other features (the demo's HR user) without exposing the user table. */
@Singleton
public class HrAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HrUserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;

    HrAccounts(HrUserRepository users, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Creates an account with a random password, unless one exists with this email.
     *
     * @return the password, to be shown once (only its BCrypt hash is stored); empty if the account existed
     */
    @Transactional
    public Optional<String> createWithGeneratedPassword(String email, String role) {
        if (!Roles.ADMIN.equals(role) && !Roles.HR.equals(role) && !Roles.VIEWER.equals(role)) {
            throw new IllegalArgumentException("unknown role " + role);
        }
        String login = email.trim().toLowerCase(Locale.ROOT);
        if (users.findByEmail(login).isPresent()) {
            return Optional.empty();
        }
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        users.save(new HrUser(UUID.randomUUID(), login, hasher.hash(password), role, clock.instant(), false));
        return Optional.of(password);
    }
}
