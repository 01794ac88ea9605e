package org.barometer.system;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeFailureTest {

    private static final String DETAIL = "ERROR: new row violates check constraint\n  Detail: Failing row contains "
            + "(0b6d…, 1f2e…, my manager shouts).";

    private static Throwable failedStatement() {
        return new DataAccessException("Storing a response failed", new SQLException(DETAIL, "23514"));
    }

    @Test
    void describesTheKindsAndTheSqlStateButNoMessage() {
        assertEquals("DataAccessException < SQLException, SQLState 23514", SafeFailure.describe(failedStatement()));
        assertEquals("IllegalStateException", SafeFailure.describe(new IllegalStateException("value 'secret'")));
    }

    @Test
    void keepsEveryClassAndStackFrameButNoMessage() {
        Throwable original = failedStatement();
        Throwable copy = SafeFailure.withoutMessages(original);

        assertTrue(copy.getMessage().startsWith(DataAccessException.class.getName()), copy.getMessage());
        assertTrue(copy.getCause().getMessage().startsWith("java.sql.SQLException, SQLState 23514"), copy.getCause().getMessage());
        assertNull(copy.getCause().getCause());
        assertArrayEquals(original.getStackTrace(), copy.getStackTrace());
        for (Throwable t = copy; t != null; t = t.getCause()) {
            assertFalse(t.getMessage().contains("shouts") || t.getMessage().contains("Failing row"), t.getMessage());
        }
    }

    @Test
    void aCauseCycleEnds() {
        RuntimeException first = new RuntimeException("a");
        RuntimeException second = new RuntimeException("b", first);
        first.initCause(second);

        assertEquals("RuntimeException < RuntimeException", SafeFailure.describe(first));
        assertNull(SafeFailure.withoutMessages(first).getCause().getCause());
    }
}
