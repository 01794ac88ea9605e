package org.barometer.access;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** BCrypt (cost 12) from Spring Security Crypto: salted, slow on purpose, no hand-made crypto. */
@Singleton
final class PasswordHasher {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(12);
    /**
     * A real cost-12 hash (of 24 random bytes, thrown away) to compare against when the user is
     * unknown, so both paths take the same time. A constant rather than computed at start-up, which
     * would add a quarter of a second to every start; nothing can be learnt from it.
     */
    private static final String DECOY = "$2a$12$hnR/PpPZgZ9uXUmUoOkg/ugeZ8YgcjJhAQ4mlOAjFgen9Shz2Sgr6";

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash == null ? DECOY : hash);
    }
}
