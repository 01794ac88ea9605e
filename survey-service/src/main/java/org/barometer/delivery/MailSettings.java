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
 * @param senders       delivery workers per instance, each with its own batches and SMTP connection:
 *                      while one waits for the mail server or the database, another sends
 */
@ConfigurationProperties("barometer.mail")
record MailSettings(@Bindable(defaultValue = "barometer@localhost") String from,
                    @Bindable(defaultValue = "./data/outbox") String dir,
                    @Bindable(defaultValue = "50") int batchSize,
                    @Bindable(defaultValue = "8") int maxAttempts,
                    @Bindable(defaultValue = "2m") Duration lease,
                    @Bindable(defaultValue = "30s") Duration retryBase,
                    @Bindable(defaultValue = "Europe/Paris") String timezone,
                    @Bindable(defaultValue = "20") double ratePerSecond,
                    @Bindable(defaultValue = "4") int senders) {

    /**
     * The batch one claim takes: at most {@code batchSize}, and when throttled no more than one
     * worker can send in half the lease (the workers share the rate), so a slow, paced batch is
     * never re-claimed by another instance while it is still being sent.
     */
    int claimSize() {
        if (ratePerSecond <= 0) {
            return batchSize;
        }
        long sendable = (long) (ratePerSecond * lease.toMillis() / 2000.0 / Math.max(1, senders));
        return (int) Math.max(1, Math.min(batchSize, sendable));
    }
}
