package org.barometer.directory;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EmployeeRepository extends CrudRepository<Employee, UUID> {

    List<Employee> findByActiveTrue();

    long countByActiveTrue();
}
