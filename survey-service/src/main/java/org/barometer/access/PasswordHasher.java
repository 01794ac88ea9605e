package org.barometer.access;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** BCrypt (cost 12) from Spring Security Crypto: salted, slow on purpose, no hand-made crypto. */
@Singleton
final class PasswordHasher {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(12);
    // A real hash to compare against when the user is unknown, so both paths take the same time.
    private final String decoy = encoder.encode("decoy-password-for-timing");

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash == null ? decoy : hash);
    }
}
