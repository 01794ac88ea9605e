package org.barometer.system;

import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a database that cannot serve a request now (no connection to be had, a connection dropped
 * by a server restart, a row lock waited for past the lock timeout, such as an answer meeting a
 * long closing on H2) from every other failure. Only the first is worth a 503 and a retry: a SQL
 * error, a constraint violation or a bug stays a 500, so that it is noticed and fixed.
 */
public final class DatabaseOutage {

    /** Seconds a client is told to wait: a restart or a failover is usually over within a minute. */
    public static final String RETRY_AFTER_SECONDS = "60";

    /**
     * SQLSTATE 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up);
     * 55P03 lock not available (PostgreSQL's lock_timeout).
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "55P03");

    private DatabaseOutage() {
    }

    /** Whether anything in the cause chain says the database could not be reached or went away. */
    public static boolean isOutage(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (cannotServe(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isOutage(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean cannotServe(Throwable t) {
        if (t instanceof CannotGetJdbcConnectionException
                || t instanceof io.micronaut.transaction.jdbc.exceptions.CannotGetJdbcConnectionException
                || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException
                // H2's lock timeout (HYT00); the statement and its transaction are rolled back.
                || t instanceof SQLTimeoutException) {
            return true;
        }
        // HikariCP swaps a connection's JDBC delegate for a closed one as soon as a statement fails
        // with a broken-connection error; when Micronaut Data then resets the connection, this
        // message is all that reaches us, the original error being lost.
        if (t instanceof SQLException && "Connection is closed".equals(t.getMessage())) {
            return true;
        }
        // SQLSTATE class 08 is "connection exception" in the SQL standard; drivers such as
        // PostgreSQL's report it on a plain SQLException rather than on the subclasses above.
        String state = t instanceof SQLException sql ? sql.getSQLState() : null;
        return state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state));
    }
}
