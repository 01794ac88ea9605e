package org.barometer.access;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * Makes sure someone can sign in on a new installation: the admin from BAROMETER_ADMIN_EMAIL /
 * BAROMETER_ADMIN_PASSWORD, or, with no password set, a generated one printed once.
 */
@Singleton
class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final HrUserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final String email;
    private final String password;

    AdminBootstrap(HrUserRepository users, PasswordHasher hasher, Clock clock,
                   @Value("${barometer.admin.email:admin@localhost}") String email,
                   @Nullable @Value("${barometer.admin.password:}") String password) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
        this.email = email.trim().toLowerCase(Locale.ROOT);
        this.password = password;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        var existing = users.findByEmail(email);
        if (existing.isPresent()) {
            if (password != null && !password.isBlank() && !hasher.matches(password, existing.get().passwordHash())) {
                HrUser admin = existing.get();
                users.update(admin.withPasswordHash(hasher.hash(password)));
                LOG.info("Admin password for {} updated from BAROMETER_ADMIN_PASSWORD", email);
            }
            return;
        }
        boolean generated = password == null || password.isBlank();
        String chosen = generated ? generatePassword() : password;
        users.save(new HrUser(UUID.randomUUID(), email, hasher.hash(chosen), Roles.ADMIN, clock.instant(), false));
        if (generated) {
            // Printed once, on the console of the first start only; it is never stored in clear.
            System.out.println("""
                    ================================================================
                     Barometer admin account created
                       user:     %s
                       password: %s
                     Set BAROMETER_ADMIN_PASSWORD to choose your own.
                    ================================================================""".formatted(email, chosen));
        } else {
            LOG.info("Admin account {} created from BAROMETER_ADMIN_PASSWORD", email);
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
