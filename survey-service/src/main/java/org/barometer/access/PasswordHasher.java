package org.barometer.access;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * BCrypt from Spring Security Crypto: salted, slow on purpose, no hand-made crypto. The work factor
 * of new hashes is {@code barometer.login.password-cost} (BCrypt's range, 4 to 31; default 12); a
 * stored hash is checked at the cost it was made with. Under 10 is for tests only (the suite signs
 * in 500 times: more than three minutes at 12) and says so in the log.
 */
@Singleton
final class PasswordHasher {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordHasher.class);
    private static final int DEFAULT_COST = 12;
    private static final int LEAST_SAFE_COST = 10;
    /**
     * A real cost-12 hash (of 24 random bytes, thrown away) to compare against when the user is
     * unknown, so both paths take the same time. A constant rather than computed at start-up, which
     * would add a quarter of a second to every start; nothing can be learnt from it. Another cost
     * computes its own decoy once.
     */
    private static final String DECOY_12 = "$2a$12$hnR/PpPZgZ9uXUmUoOkg/ugeZ8YgcjJhAQ4mlOAjFgen9Shz2Sgr6";

    private final BCryptPasswordEncoder encoder;
    private final String decoy;

    PasswordHasher(@Value("${barometer.login.password-cost:12}") int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("BAROMETER_PASSWORD_COST must be between 4 and 31 (BCrypt's range), not " + cost);
        }
        if (cost < LEAST_SAFE_COST) {
            LOG.warn("Passwords are hashed at BCrypt cost {}: fit for tests only, use {} or more (BAROMETER_PASSWORD_COST)",
                    cost, LEAST_SAFE_COST);
        }
        this.encoder = new BCryptPasswordEncoder(cost);
        this.decoy = cost == DEFAULT_COST ? DECOY_12 : thrownAwayHash(encoder);
    }

    /** A hash at the encoder's cost of 24 random bytes that are then forgotten. */
    private static String thrownAwayHash(BCryptPasswordEncoder encoder) {
        byte[] thrownAway = new byte[24];
        new SecureRandom().nextBytes(thrownAway);
        return encoder.encode(Base64.getEncoder().encodeToString(thrownAway));
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash == null ? decoy : hash);
    }
}
