package org.barometer.respond;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ResponseRepository extends CrudRepository<Response, UUID> {

    long countByWaveId(UUID waveId);
}
