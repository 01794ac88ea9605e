package org.barometer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Properties of a service started for a test: a fresh database, a known admin, a private outbox folder. */
public final class ServiceProperties {

    public static final String ADMIN = "admin@test.example";
    public static final String ADMIN_PASSWORD = "correct horse battery staple";
    /** The floor of the anonymity threshold until an admin sets one (BAROMETER_THRESHOLD_FLOOR). */
    public static final String FLOOR = "barometer.anonymity.threshold-floor";

    private ServiceProperties() {
    }

    public static Map<String, String> on(TestDatabase database) {
        Map<String, String> properties = new HashMap<>(database.freshDatabase());
        properties.put("barometer.admin.email", ADMIN);
        properties.put("barometer.admin.password", ADMIN_PASSWORD);
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "test-secret-that-is-long-enough-for-hs256-signing");
        properties.put("barometer.mail.dir", tempDir("outbox").toString());
        properties.put("micronaut.server.port", "-1");
        // BCrypt's lowest cost for the admin's password: the suite signs in some 500 times (3 minutes at cost 12).
        properties.put("barometer.login.password-cost", "4");
        properties.put("barometer.mail.poll-interval", "200ms");
        properties.put("barometer.mail.retry-base", "1s");
        properties.put("barometer.ballot-box.release-interval", "200ms");
        // The tests written before the floor (5 by default) give waves a threshold of 3 to keep their
        // staff lists small; the floor's own tests put the default back.
        properties.put(FLOOR, "3");
        return properties;
    }

    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory("barometer-" + prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
