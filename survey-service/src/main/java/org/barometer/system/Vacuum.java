package org.barometer.system;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL keeps a deleted row in its page, with the transaction id that wrote it, until VACUUM
 * marks the space free: a released ballot would stay readable beside its invitation (page
 * inspection) until then. Whatever deletes what could lead to a person (a release, a closing, the
 * retention) vacuums it afterwards, on a pooled connection of its own in auto-commit (VACUUM
 * refuses to run inside a transaction). H2 has no such command (docs/anonymity.md says what
 * remains there).
 */
@Singleton
public class Vacuum {

    private static final Logger LOG = LoggerFactory.getLogger(Vacuum.class);

    private final DataSource pool;
    private final boolean postgres;

    Vacuum(DataSource dataSource, DSLContext db) {
        DataSource target = dataSource;
        while (target instanceof DelegatingDataSource delegating) {
            target = delegating.getTargetDataSource();
        }
        this.pool = target;
        this.postgres = db.dialect().family() == SQLDialect.POSTGRES;
    }

    /** @param tables table names of this schema (constants, never input) */
    public void tables(String... tables) {
        if (!postgres) {
            return;
        }
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    s.execute("VACUUM " + table);
                }
            }
        } catch (SQLException | RuntimeException e) {
            // Autovacuum gets there later; the state a failed VACUUM leaves is the one it found.
            LOG.warn("VACUUM of {} failed: {}", String.join(", ", tables), SafeFailure.describe(e));
        }
    }
}
