package org.barometer.access;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How many failed sign-ins {@link LoginThrottle} lets through (section {@code barometer.login}).
 *
 * @param maxFailures           failed sign-ins one account may have per window; 0 for no limit
 * @param maxFailuresPerAddress failed sign-ins from one client address per window, whatever the
 *                              accounts; 0 for no limit. Higher than per account: an office may
 *                              share one address behind its router
 * @param window                the window: past the limit, one more try comes back every
 *                              window / limit, all of them after a quiet window
 * @param maxRemembered         most accounts and addresses remembered at once (memory bound under a
 *                              flood of distinct names or addresses)
 */
@ConfigurationProperties("barometer.login")
record LoginThrottleSettings(@Bindable(defaultValue = "5") int maxFailures,
                             @Bindable(defaultValue = "20") int maxFailuresPerAddress,
                             @Bindable(defaultValue = "15m") Duration window,
                             @Bindable(defaultValue = "100000") int maxRemembered) {
}
