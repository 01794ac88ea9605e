package org.barometer.survey;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes open waves whose closing date has passed. Idempotent, so every instance may run it. */
@Singleton
class WaveCloser {

    private static final Logger LOG = LoggerFactory.getLogger(WaveCloser.class);
    private final WaveService waves;

    WaveCloser(WaveService waves) {
        this.waves = waves;
    }

    @Scheduled(fixedDelay = "${barometer.waves.close-check-interval:1m}", initialDelay = "10s")
    void closeDue() {
        try {
            int closed = waves.closeDue();
            if (closed > 0) {
                LOG.info("Closed {} wave(s) whose closing date passed", closed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not close due waves this round: {}", e.getMessage());
        }
    }
}
