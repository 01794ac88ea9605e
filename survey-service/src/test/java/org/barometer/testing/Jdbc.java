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

    /** Answers stored, whether still in the ballot box or released into the response tables. */
    public static long answersStored(Map<String, String> properties) {
        return count(properties, "SELECT (SELECT COUNT(*) FROM ballot) + (SELECT COUNT(*) FROM response)");
    }

    /** Invitations marked answered (their links used), while the wave keeps them. */
    public static long linksUsed(Map<String, String> properties) {
        return count(properties, "SELECT COUNT(*) FROM invitation WHERE responded");
    }

    /** Waits until no wave has its threshold of answers waiting in the ballot box (the release runs every few seconds). */
    public static void awaitReleased(Map<String, String> properties) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (count(properties, "SELECT COUNT(*) FROM (SELECT b.wave_id FROM ballot b JOIN wave w ON w.id = b.wave_id "
                + "GROUP BY b.wave_id, w.anonymity_threshold HAVING COUNT(*) >= w.anonymity_threshold) due") > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("ballots still waiting for release after 60 s");
            }
            BarometerApi.sleep(50);
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
