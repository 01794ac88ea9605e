package org.barometer.access;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RevokedTokenRepository extends CrudRepository<RevokedToken, String> {

    int deleteByExpiresAtBefore(Instant now);
}
