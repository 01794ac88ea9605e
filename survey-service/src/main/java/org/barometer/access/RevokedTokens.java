package org.barometer.access;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.LogoutEvent;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.claims.JtiGenerator;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Signing out ends the token, not only the cookie: a copy of the token (a bearer kept by a script,
 * a cookie copied elsewhere) would otherwise work until it expires. Every token the service issues
 * carries a random id ({@code jti}, from this {@link JtiGenerator}); signing out stores that id in
 * the database until the token's expiry, and {@link CurrentAccountClaims} refuses a stored id on
 * every instance from the next request on. Other sessions of the same account go on.
 */
@Singleton
class RevokedTokens implements JtiGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(RevokedTokens.class);

    private final RevokedTokenRepository revoked;
    private final Clock clock;
    private final Duration lifetime;

    RevokedTokens(RevokedTokenRepository revoked, Clock clock,
                  @Value("${micronaut.security.token.generator.access-token.expiration:28800}") int lifetimeSeconds) {
        this.revoked = revoked;
        this.clock = clock;
        this.lifetime = Duration.ofSeconds(lifetimeSeconds);
    }

    @Override
    public String generateJtiClaim() {
        return UUID.randomUUID().toString();
    }

    /** Always false for a token without an id (one issued before ids were, or a provider's ID token): it cannot be ended early. */
    boolean isRevoked(Object tokenId) {
        return tokenId != null && revoked.existsById(String.valueOf(tokenId));
    }

    @EventListener
    void on(LogoutEvent event) {
        if (event.getSource() instanceof Authentication who && who.getAttributes().get(Claims.TOKEN_ID) != null) {
            String id = String.valueOf(who.getAttributes().get(Claims.TOKEN_ID));
            if (!revoked.existsById(id)) {
                revoked.save(new RevokedToken(id, expiry(who.getAttributes().get(Claims.EXPIRATION_TIME))));
            }
        }
    }

    /** Rows whose token has expired by itself are of no more use. */
    @Scheduled(fixedDelay = "${barometer.schedule.check-interval:1m}", initialDelay = "${barometer.schedule.check-interval:1m}")
    void forgetExpired() {
        try {
            revoked.deleteByExpiresAtBefore(clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("Could not forget expired sign-outs this round: {}", e.getClass().getSimpleName());
        }
    }

    /** The token's own expiry; when unreadable, the longest a token of ours lives from now. */
    private Instant expiry(Object exp) {
        if (exp instanceof Date date) {
            return date.toInstant();
        }
        if (exp instanceof Instant instant) {
            return instant;
        }
        if (exp instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return clock.instant().plus(lifetime);
    }
}
