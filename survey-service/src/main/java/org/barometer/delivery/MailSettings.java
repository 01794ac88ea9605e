package org.barometer.delivery;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Delivery settings (section {@code barometer.mail}).
 *
 * @param lease how long a claimed batch stays reserved to its sender before another may retry it
 *              (a crash mid-batch resends at most that batch)
 */
@ConfigurationProperties("barometer.mail")
record MailSettings(@Bindable(defaultValue = "barometer@localhost") String from,
                    @Bindable(defaultValue = "./data/outbox") String dir,
                    @Bindable(defaultValue = "50") int batchSize,
                    @Bindable(defaultValue = "8") int maxAttempts,
                    @Bindable(defaultValue = "2m") Duration lease,
                    @Bindable(defaultValue = "30s") Duration retryBase,
                    @Bindable(defaultValue = "Europe/Paris") String timezone) {
}
