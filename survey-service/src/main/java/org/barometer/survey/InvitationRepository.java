package org.barometer.survey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InvitationRepository extends CrudRepository<Invitation, UUID> {

    List<UUID> findEmployeeIdByWaveId(UUID waveId);

    List<Invitation> findByWaveId(UUID waveId);

    /** The invitation a token was minted for, by the token's hash: one query instead of two. */
    @Query("SELECT i.* FROM invitation i JOIN invitation_token t ON t.invitation_id = i.id WHERE t.token_hash = :tokenHash")
    Optional<Invitation> findByTokenHash(String tokenHash);
}
