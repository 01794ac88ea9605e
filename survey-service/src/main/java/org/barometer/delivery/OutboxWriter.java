package org.barometer.delivery;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.barometer.survey.NewcomersInvited;
import org.barometer.survey.WaveOpened;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Queues one invitation email per invitation, inside the transaction that opens the wave or adds newcomers to it. */
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
        queueInvitations(event.waveId(), event.invitationIds());
    }

    @EventListener
    void onNewcomersInvited(NewcomersInvited event) {
        queueInvitations(event.waveId(), event.invitationIds());
    }

    private void queueInvitations(UUID waveId, List<UUID> invitationIds) {
        Instant now = clock.instant();
        List<OutboxMessage> messages = invitationIds.stream()
                .map(id -> new OutboxMessage(UUID.randomUUID(), id, waveId, "INVITATION", "PENDING", 0, now, null))
                .toList();
        outbox.saveAll(messages);
    }
}
