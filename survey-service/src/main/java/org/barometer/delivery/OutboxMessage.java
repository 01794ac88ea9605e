package org.barometer.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** An email to send: which invitation, which kind. No address, no text, no token: those exist only while sending. */
@MappedEntity("outbox_message")
record OutboxMessage(@Id UUID id, UUID invitationId, UUID waveId, String kind, String state, int attempts,
                     Instant nextAttemptAt, @Nullable String lastError) {
}
