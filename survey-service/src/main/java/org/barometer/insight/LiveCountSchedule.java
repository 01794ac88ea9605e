package org.barometer.insight;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Each instance brings the live counters up to date every second, whatever wave the answers are for. */
@Singleton
class LiveCountSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(LiveCountSchedule.class);

    private final UncountedResponses uncounted;

    LiveCountSchedule(UncountedResponses uncounted) {
        this.uncounted = uncounted;
    }

    @Scheduled(fixedDelay = "${barometer.live.count-interval:1s}", initialDelay = "${barometer.live.count-interval:1s}")
    void countAll() {
        try {
            while (uncounted.foldNext() == UncountedResponses.BATCH) {
                // A full batch: there may be more.
            }
        } catch (RuntimeException e) {
            // The database is unreachable or busy: the rows stay, the next round counts them.
            LOG.warn("Live counters not brought up to date this round: {}", e.toString());
        }
    }
}
