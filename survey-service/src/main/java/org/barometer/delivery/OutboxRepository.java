package org.barometer.delivery;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxRepository extends CrudRepository<OutboxMessage, UUID> {

    long countByWaveIdAndState(UUID waveId, String state);

    @Query("UPDATE outbox_message SET state = 'SENT', last_error = NULL WHERE id = :id")
    void markSent(UUID id);

    @Query("UPDATE outbox_message SET next_attempt_at = :retryAt, last_error = :error WHERE id = :id")
    void retryLater(UUID id, Instant retryAt, String error);

    @Query("UPDATE outbox_message SET state = 'FAILED', last_error = :error WHERE id = :id")
    void markFailed(UUID id, String error);
}
