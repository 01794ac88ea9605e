package org.barometer.privacy;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * How long what is kept with a deadline is kept (section {@code barometer.retention}): the one
 * home of these durations, which the retention applies and the data protection page states.
 *
 * @param answers how long a wave's answers and comments are kept after it closes
 *                (BAROMETER_ANSWER_RETENTION); its counts per group stay for the trends
 * @param leavers how long a leaver's directory entry is kept after they left the staff list
 *                (BAROMETER_LEAVER_RETENTION)
 */
@ConfigurationProperties("barometer.retention")
record RetentionSettings(@Bindable(defaultValue = "P5Y") Period answers,
                         @Bindable(defaultValue = "P90D") Period leavers) {

    RetentionSettings {
        if (answers.isNegative() || leavers.isNegative()) {
            throw new IllegalArgumentException("BAROMETER_ANSWER_RETENTION and BAROMETER_LEAVER_RETENTION are "
                    + "ISO-8601 periods of zero or more, such as P5Y or P90D; got " + answers + " and " + leavers);
        }
    }

    /** The instant {@code period} before {@code now}, in calendar terms (a year is a year, leap or not). */
    static Instant before(Instant now, Period period) {
        return now.atZone(ZoneOffset.UTC).minus(period).toInstant();
    }
}
