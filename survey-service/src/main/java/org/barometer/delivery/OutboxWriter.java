package org.barometer.delivery;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.barometer.survey.NewcomersInvited;
import org.barometer.survey.WaveOpened;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Queues one email per invitation, inside the transaction that opens the wave, adds newcomers to
 * it or starts a reminder round.
 */
@Singleton
class OutboxWriter {

    private final OutboxRepository outbox;
    private final Clock clock;

    OutboxWriter(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void onWaveOpened(WaveOpened event) {
        queue(event.waveId(), event.invitationIds(), "INVITATION");
    }

    @EventListener
    void onNewcomersInvited(NewcomersInvited event) {
        queue(event.waveId(), event.invitationIds(), "INVITATION");
    }

    void queue(UUID waveId, List<UUID> invitationIds, String kind) {
        Instant now = clock.instant();
        List<OutboxMessage> messages = invitationIds.stream()
                .map(id -> new OutboxMessage(UUID.randomUUID(), id, waveId, kind, "PENDING", 0, now, null))
                .toList();
        outbox.saveAll(messages);
    }
}
