package org.barometer.access;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface HrUserRepository extends CrudRepository<HrUser, UUID> {

    Optional<HrUser> findByEmail(String email);

    List<HrUser> listOrderByEmail();
}
