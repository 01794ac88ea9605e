package org.barometer.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Looks into the test's database directly, as a database administrator would. */
public final class Jdbc {

    private Jdbc() {
    }

    public static Connection connect(Map<String, String> properties) throws SQLException {
        return DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
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
