package org.barometer.tally;

import org.barometer.testing.Jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * Watches a PostgreSQL test database's sessions for a release in progress: a transaction open whose
 * last statement is one only a release sends (ballots taken FOR UPDATE SKIP LOCKED, the profiles'
 * counts, the ratings written). A test strikes then — kills the service, cuts the database — so
 * that the blow falls between a release's first statement and its commit.
 */
final class ReleaseWatch {

    private static final String RELEASE_OPEN = "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
            + "AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND (query ILIKE '%skip locked%' "
            + "OR query ILIKE '%wave_profile%' OR query ILIKE '%profile_histogram%' OR query ILIKE '%response_answer%')";

    private ReleaseWatch() {
    }

    /** Whether a release was seen in progress within {@code patience} (returns as soon as one is). */
    static boolean awaitOpenRelease(Map<String, String> properties, Duration patience) {
        try (Connection c = Jdbc.connect(properties); Statement s = c.createStatement()) {
            long deadline = System.nanoTime() + patience.toNanos();
            while (System.nanoTime() < deadline) {
                try (ResultSet r = s.executeQuery(RELEASE_OPEN)) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
