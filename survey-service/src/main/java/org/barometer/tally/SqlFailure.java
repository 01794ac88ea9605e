package org.barometer.tally;

import com.google.common.base.Throwables;

import java.sql.SQLException;

/**
 * What a log line may say of a failed statement on the answers' path: its kind and SQLState, never
 * the database's message, which can echo a value of the row (an id, a comment), and a timestamped
 * log line beside an answer dates it.
 */
final class SqlFailure {

    private SqlFailure() {
    }

    static String describe(Throwable failure) {
        for (Throwable t : Throwables.getCausalChain(failure)) {
            if (t instanceof SQLException sql) {
                return sql.getClass().getSimpleName() + " (SQLState " + sql.getSQLState() + ")";
            }
        }
        return Throwables.getRootCause(failure).getClass().getSimpleName();
    }
}
