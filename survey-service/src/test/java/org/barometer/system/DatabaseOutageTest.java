package org.barometer.system;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.transaction.exceptions.TransactionSystemException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageTest {

    @Test
    void aPoolThatGivesNoConnectionIsAnOutage() {
        var hikari = new SQLTransientConnectionException("default - Connection is not available, request timed out after 2000ms.");
        assertTrue(DatabaseOutage.isOutage(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", hikari)));
        assertTrue(DatabaseOutage.isOutage(hikari));
    }

    @Test
    void aConnectionDroppedOrRefusedByTheServerIsAnOutage() {
        var dropped = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        var terminated = new SQLException("terminating connection due to administrator command", "57P01");
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused.", "08001", new ConnectException());
        assertTrue(DatabaseOutage.isOutage(new org.jooq.exception.DataAccessException("SQL [insert …]", dropped)));
        assertTrue(DatabaseOutage.isOutage(new io.micronaut.data.exceptions.DataAccessException("update", terminated)));
        assertTrue(DatabaseOutage.isOutage(new TransactionSystemException("Could not commit", refused)));
    }

    @Test
    void aConnectionHikariAlreadyFoundBrokenIsAnOutage() {
        var reset = new ConnectionException("Could not set JDBC Connection [HikariProxyConnection@1 wrapping "
                + "com.zaxxer.hikari.pool.ProxyConnection.ClosedConnection] read-only: Connection is closed",
                new SQLException("Connection is closed"));
        assertTrue(DatabaseOutage.isOutage(reset));
        var masked = new IllegalStateException("cleanup failed");
        masked.addSuppressed(new SQLException("terminating connection due to administrator command", "57P01"));
        assertTrue(DatabaseOutage.isOutage(masked), "a suppressed connection failure counts");
    }

    @Test
    void aLockWaitedForPastTheTimeoutIsWorthARetry() {
        var h2 = new SQLTimeoutException("Timeout trying to lock table \"WAVE\"", "HYT00", 50200);
        var postgres = new SQLException("canceling statement due to lock timeout", "55P03");
        assertTrue(DatabaseOutage.isOutage(new org.jooq.exception.DataAccessException("Storing a response failed", h2)));
        assertTrue(DatabaseOutage.isOutage(new org.jooq.exception.DataAccessException("SQL [update …]", postgres)));
    }

    @Test
    void aFailureOfTheQueryItselfIsABugNotAnOutage() {
        var duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        var syntax = new SQLException("syntax error at or near \"FORM\"", "42601");
        assertFalse(DatabaseOutage.isOutage(new org.jooq.exception.DataAccessException("SQL [insert …]", duplicate)));
        assertFalse(DatabaseOutage.isOutage(new io.micronaut.data.exceptions.DataAccessException("select", syntax)));
        assertFalse(DatabaseOutage.isOutage(new SQLException("no state")));
        assertFalse(DatabaseOutage.isOutage(new IllegalStateException("a bug", new NullPointerException())));
    }
}
