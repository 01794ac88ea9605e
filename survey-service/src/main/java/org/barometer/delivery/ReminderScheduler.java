package org.barometer.delivery;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.barometer.access.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/** Starts the reminder rounds that are due, on every instance; the database decides which one queues each. */
@Singleton
class ReminderScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);

    private final Reminders reminders;
    private final ApplicationEventPublisher<AuditEvent> audit;

    ReminderScheduler(Reminders reminders, ApplicationEventPublisher<AuditEvent> audit) {
        this.reminders = reminders;
        this.audit = audit;
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
                OptionalInt queued = reminders.queue(wave);
                if (queued.isPresent()) {
                    // A count only: who has not answered stays in the database.
                    LOG.info("Queued {} reminder(s) for wave {}", queued.getAsInt(), wave);
                    audit.publishEvent(AuditEvent.bySystem("reminders.start",
                            "wave " + wave + ", " + queued.getAsInt() + " reminder(s) queued"));
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not queue the reminders of wave {} this round: {}", wave, e.toString());
            }
        }
    }
}
