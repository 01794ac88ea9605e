package org.barometer.survey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface WaveRepository extends CrudRepository<Wave, UUID> {

    List<Wave> findAllOrderByCreatedAtDesc();

    /** Reads a wave and locks its row until the transaction ends: two invite-new calls take turns. */
    @Query("SELECT * FROM wave WHERE id = :id FOR UPDATE")
    Optional<Wave> findByIdForUpdate(UUID id);

    /** Moves a wave to OPEN only from DRAFT or SCHEDULED: of two concurrent openings, one wins. */
    @Query("UPDATE wave SET status = 'OPEN', opened_at = :now, frozen_questions = :frozen "
            + "WHERE id = :id AND status IN ('DRAFT', 'SCHEDULED')")
    int markOpen(UUID id, Instant now, String frozen);

    @Query("UPDATE wave SET status = 'CLOSED', closed_at = :now WHERE id = :id AND status = 'OPEN'")
    int markClosed(UUID id, Instant now);

    @Query("SELECT id FROM wave WHERE status = 'OPEN' AND closes_at IS NOT NULL AND closes_at <= :now")
    List<UUID> findOpenDueBefore(Instant now);
}
