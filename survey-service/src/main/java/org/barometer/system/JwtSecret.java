package org.barometer.system;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs login tokens. Set BAROMETER_JWT_SECRET (at least 32 characters) so that
 * logins survive a restart and are shared by several instances; without it each start draws a
 * random 256-bit key, which is right for a single trial instance.
 */
public final class JwtSecret {

    public static final String PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    private static final int MIN_LENGTH = 32;

    private JwtSecret() {
    }

    public static String fromEnvironmentOrRandom(String configured) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_LENGTH) {
                throw new IllegalArgumentException("BAROMETER_JWT_SECRET must be at least " + MIN_LENGTH
                        + " characters long (256 bits).");
            }
            return configured;
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
