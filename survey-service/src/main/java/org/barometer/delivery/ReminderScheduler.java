package org.barometer.delivery;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;

/** Starts the reminder rounds that are due, on every instance; the database decides which one queues each. */
@Singleton
class ReminderScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);

    private final Reminders reminders;

    ReminderScheduler(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelay = "${barometer.schedule.check-interval:1m}", initialDelay = "1s")
    void queueDue() {
        List<UUID> waves;
        try {
            waves = reminders.dueWaves();
        } catch (RuntimeException e) {
            LOG.warn("Could not look for reminders due this round: {}", e.toString());
            return;
        }
        for (UUID wave : waves) {
            try {
                int queued = reminders.queue(wave);
                if (queued > 0) {
                    // A count only: who has not answered stays in the database.
                    LOG.info("Queued {} reminder(s) for wave {}", queued, wave);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not queue the reminders of wave {} this round: {}", wave, e.toString());
            }
        }
    }
}
