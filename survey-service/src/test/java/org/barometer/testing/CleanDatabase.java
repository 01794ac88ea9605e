package org.barometer.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Empties every table but the HR users, so each test starts from a known state in a shared context. */
public final class CleanDatabase {

    private static final String[] TABLES = {"response_attribute", "response_answer", "response", "outbox_message",
            "invitation_token", "invitation_attribute", "invitation", "wave", "employee_attribute", "employee"};

    private CleanDatabase() {
    }

    /** Cleans the database named by a test context's properties (a plain JDBC connection, outside the service). */
    public static void clean(Map<String, String> properties) {
        try (Connection c = DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
             Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
