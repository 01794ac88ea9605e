package org.barometer.system;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What of a failure may go to the log: the kinds of exception in its cause chain, the SQLState
 * of a database error, and where in the code each was thrown; never a message. Messages echo data:
 * PostgreSQL's "Detail: Failing row contains (…)" or "Key (id)=(…) already exists" holds a row
 * (an answer's comment, a response's id), and a timestamped log line beside an answer dates it.
 */
public final class SafeFailure {

    private SafeFailure() {
    }

    /** One line: {@code DataAccessException < PSQLException, SQLState 23514}. */
    public static String describe(Throwable failure) {
        StringJoiner kinds = new StringJoiner(" < ");
        String state = null;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            kinds.add(t.getClass().getSimpleName());
            if (state == null && t instanceof SQLException sql && sql.getSQLState() != null) {
                state = sql.getSQLState();
            }
        }
        return kinds + (state == null ? "" : ", SQLState " + state);
    }

    /**
     * The failure's chain with the same classes (named in each message) and stack frames, and no
     * original message, to log a bug with its place in the code.
     */
    public static Throwable withoutMessages(Throwable failure) {
        return copy(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Withheld copy(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return null;
        }
        String state = t instanceof SQLException sql && sql.getSQLState() != null ? ", SQLState " + sql.getSQLState() : "";
        Withheld copy = new Withheld(t.getClass().getName() + state, copy(t.getCause(), seen));
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    /** A failure whose message was withheld; its own message names the original's class. */
    static final class Withheld extends RuntimeException {

        Withheld(String original, Throwable cause) {
            super(original + " (message withheld from the log)", cause, false, true);
        }
    }
}
