package org.barometer.survey;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.barometer.access.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/** Closes open waves whose closing date has passed. Idempotent, so every instance may run it. */
@Singleton
class WaveCloser {

    private static final Logger LOG = LoggerFactory.getLogger(WaveCloser.class);
    private final WaveService waves;
    private final ApplicationEventPublisher<AuditEvent> audit;

    WaveCloser(WaveService waves, ApplicationEventPublisher<AuditEvent> audit) {
        this.waves = waves;
        this.audit = audit;
    }

    @Scheduled(fixedDelay = "${barometer.waves.close-check-interval:1m}", initialDelay = "10s")
    void closeDue() {
        List<Wave> closed;
        try {
            closed = waves.closeDue();
        } catch (RuntimeException e) {
            LOG.warn("Could not close due waves this round: {}", e.getMessage());
            return;
        }
        if (!closed.isEmpty()) {
            LOG.info("Closed {} wave(s) whose closing date passed", closed.size());
        }
        for (Wave wave : closed) {
            audit.publishEvent(AuditEvent.bySystem("wave.close", "wave " + wave.id() + " (" + wave.label()
                    + "), closing date passed"));
        }
    }
}
