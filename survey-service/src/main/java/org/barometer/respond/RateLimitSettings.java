package org.barometer.respond;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The respondents' rate limit (section {@code barometer.rate-limit}).
 *
 * @param requests     requests one client address may make to the respondent endpoints per window; 0 for no limit.
 *                     A whole office may share one address behind its router, so the default is generous:
 *                     what it stops is a machine, not a person
 * @param window       the window; an address is forgotten once it has been quiet this long
 * @param maxAddresses most addresses remembered at once (memory bound under a flood of distinct addresses)
 */
@ConfigurationProperties("barometer.rate-limit")
record RateLimitSettings(@Bindable(defaultValue = "300") int requests,
                         @Bindable(defaultValue = "1m") Duration window,
                         @Bindable(defaultValue = "100000") int maxAddresses) {
}
