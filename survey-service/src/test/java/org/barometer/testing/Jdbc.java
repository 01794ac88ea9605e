package org.barometer.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Looks into the test's database directly, as a database administrator would. */
public final class Jdbc {

    private Jdbc() {
    }

    public static Connection connect(Map<String, String> properties) throws SQLException {
        return DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
    }

    /**
     * Waits until the service's background count has taken every stored response into the live
     * counters (it runs each second), so a test can read the counter tables themselves.
     */
    public static void awaitLiveCounted(Map<String, String> properties) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (count(properties, "SELECT COUNT(*) FROM response_uncounted") > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("responses still uncounted after 30 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static long count(Map<String, String> properties, String sql) {
        try (Connection c = connect(properties); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
