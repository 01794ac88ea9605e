package org.barometer.delivery;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.survey.DeliveryProgress;

import java.util.UUID;

@Singleton
class OutboxProgress implements DeliveryProgress {

    private final OutboxRepository outbox;

    OutboxProgress(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    @Override
    @Transactional(readOnly = true)
    public EmailCounts countsFor(UUID waveId) {
        return new EmailCounts(outbox.countByWaveIdAndState(waveId, "PENDING"),
                outbox.countByWaveIdAndState(waveId, "SENT"),
                outbox.countByWaveIdAndState(waveId, "FAILED"));
    }
}
