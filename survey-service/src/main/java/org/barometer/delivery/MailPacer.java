package org.barometer.delivery;

import com.google.common.util.concurrent.RateLimiter;

/**
 * Spaces the messages of one delivery round at {@code barometer.mail.rate-per-second}. Guava's
 * limiter rather than sleeps of our own: it spaces permits evenly and accounts for the time the
 * send itself took. A fresh limiter per round starts with no stored permits, so the pause between
 * rounds never turns into a burst above the rate.
 */
final class MailPacer {

    private static final MailPacer UNLIMITED = new MailPacer(null);

    private final RateLimiter limiter;

    private MailPacer(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /** A pacer for one round; a rate of 0 or less paces nothing. */
    static MailPacer perSecond(double rate) {
        return rate > 0 ? new MailPacer(RateLimiter.create(rate)) : UNLIMITED;
    }

    /** Waits, if needed, until the next message may go. */
    void awaitTurn() {
        if (limiter != null) {
            limiter.acquire();
        }
    }
}
