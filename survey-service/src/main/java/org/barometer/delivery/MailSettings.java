package org.barometer.delivery;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Delivery settings (section {@code barometer.mail}).
 *
 * @param lease         how long a claimed batch stays reserved to its sender before another may retry it
 *                      (a crash mid-batch resends at most that batch)
 * @param ratePerSecond most messages one instance hands to the mail server per second; 0 for no limit
 */
@ConfigurationProperties("barometer.mail")
record MailSettings(@Bindable(defaultValue = "barometer@localhost") String from,
                    @Bindable(defaultValue = "./data/outbox") String dir,
                    @Bindable(defaultValue = "50") int batchSize,
                    @Bindable(defaultValue = "8") int maxAttempts,
                    @Bindable(defaultValue = "2m") Duration lease,
                    @Bindable(defaultValue = "30s") Duration retryBase,
                    @Bindable(defaultValue = "Europe/Paris") String timezone,
                    @Bindable(defaultValue = "20") double ratePerSecond) {

    /**
     * The batch one claim takes: at most {@code batchSize}, and when throttled no more than can be
     * sent in half the lease, so a slow, paced batch is never re-claimed by another instance while
     * it is still being sent.
     */
    int claimSize() {
        if (ratePerSecond <= 0) {
            return batchSize;
        }
        long sendable = (long) (ratePerSecond * lease.toMillis() / 2000.0);
        return (int) Math.max(1, Math.min(batchSize, sendable));
    }
}
