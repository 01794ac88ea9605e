package org.barometer.survey;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgramRepository extends CrudRepository<Program, UUID> {

    List<Program> findAllOrderByCreatedAt();

    List<UUID> findIdByPausedFalse();
}
