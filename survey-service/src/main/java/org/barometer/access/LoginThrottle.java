package org.barometer.access;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.AuthenticationFailed;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * Makes guessing passwords slow: each sign-in attempt takes one try from its account's bucket and
 * one from its client address's (Bucket4j token buckets that refill over the window); with either
 * empty the attempt is refused unheard, the password not even checked. A success gives the account
 * all its tries back and the address the one it took, so only failures count. Accounts (as typed,
 * so unknown ones alike: the answer never says whether an account exists) and addresses are held
 * in memory only, while they are within a window of their last try: never stored, never logged.
 * Time is the service's clock, so tests can move it.
 */
@Singleton
final class LoginThrottle {

    /** A sign-in refused without checking the password; the caller may try again after {@code retryAfter}. */
    static final class Throttled extends AuthenticationFailed {

        private final transient Duration retryAfter;

        Throttled(Duration retryAfter) {
            super("Too many failed sign-ins");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    private final LoginThrottleSettings settings;
    private final TimeMeter time;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;

    LoginThrottle(LoginThrottleSettings settings, Clock clock) {
        this.settings = settings;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.accounts = CacheBuilder.newBuilder().expireAfterAccess(settings.window())
                .maximumSize(settings.maxRemembered()).build();
        this.addresses = CacheBuilder.newBuilder().expireAfterAccess(settings.window())
                .maximumSize(settings.maxRemembered()).build();
    }

    /**
     * Takes one try for this attempt from the account and from the address.
     *
     * @return the refusal when either has none left (then neither is charged)
     */
    Optional<Throttled> attempt(String account, @Nullable String address) {
        Optional<Bucket> forAccount = bucket(accounts, key(account), settings.maxFailures());
        Optional<Bucket> forAddress = bucket(addresses, address == null ? "" : address, settings.maxFailuresPerAddress());
        ConsumptionProbe byAccount = forAccount.map(b -> b.tryConsumeAndReturnRemaining(1)).orElse(null);
        if (byAccount != null && !byAccount.isConsumed()) {
            return Optional.of(new Throttled(Duration.ofNanos(byAccount.getNanosToWaitForRefill())));
        }
        ConsumptionProbe byAddress = forAddress.map(b -> b.tryConsumeAndReturnRemaining(1)).orElse(null);
        if (byAddress != null && !byAddress.isConsumed()) {
            forAccount.ifPresent(b -> b.addTokens(1));
            return Optional.of(new Throttled(Duration.ofNanos(byAddress.getNanosToWaitForRefill())));
        }
        return Optional.empty();
    }

    /** The attempt was right: the account's failures are forgotten, the address gets its try back. */
    void succeeded(String account, @Nullable String address) {
        accounts.invalidate(key(account));
        Optional.ofNullable(addresses.getIfPresent(address == null ? "" : address)).ifPresent(b -> b.addTokens(1));
    }

    /** An email address has at most 320 characters; a longer name typed must not cost more memory. */
    private static String key(String account) {
        return account.length() > 320 ? account.substring(0, 320) : account;
    }

    private Optional<Bucket> bucket(Cache<String, Bucket> buckets, String key, int limit) {
        if (limit <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(buckets.get(key, () -> Bucket.builder().withCustomTimePrecision(time)
                    .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, settings.window()).build()).build()));
        } catch (ExecutionException | UncheckedExecutionException e) {
            throw new IllegalStateException("Building a token bucket cannot fail", e.getCause());
        }
    }
}
