package org.barometer.survey;

import org.barometer.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The waves closed before invitations were forgotten at closing (V16): the migration keeps their
 * email counts on the wave and deletes their invitations, tokens, emails and reminder rounds, as a
 * closing now does; an open wave keeps all of them. It also dates the leavers already in the
 * directory (V16_1). Plain Flyway on a fresh database, from the schema of V15.
 */
abstract class ClosedWaveMigrationIntegrationTest {

    private static final String CLOSED = "c1";
    private static final String OPEN = "a1";

    abstract TestDatabase database();

    @Test
    void closedWavesKeepTheirEmailCountsAndLoseTheirInvitations() throws SQLException {
        Map<String, String> properties = database().freshDatabase();
        FluentConfiguration flyway = Flyway.configure().locations("classpath:db/migration").dataSource(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
        flyway.target("15").load().migrate();
        try (Connection c = connect(properties); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO employee (id, email, display_name, locale, active, updated_at) VALUES "
                    + "('" + uuid("e1") + "', 'ann@example.com', 'Ann', 'en', TRUE, CURRENT_TIMESTAMP), "
                    + "('" + uuid("e2") + "', 'bob@example.com', 'Bob', 'en', TRUE, CURRENT_TIMESTAMP), "
                    + "('" + uuid("e3") + "', 'cid@example.com', 'Cid', 'en', FALSE, CURRENT_TIMESTAMP)");
            wave(s, CLOSED, "CLOSED");
            wave(s, OPEN, "OPEN");
            invitation(s, CLOSED, "1", "e1", "SENT", "INVITATION");
            invitation(s, CLOSED, "2", "e2", "SENT", "INVITATION");
            invitation(s, CLOSED, "3", "e3", "FAILED", "INVITATION");
            s.executeUpdate("INSERT INTO outbox_message (id, invitation_id, wave_id, kind, state, attempts, next_attempt_at) "
                    + "VALUES ('" + uuid("b" + CLOSED + "9") + "', '" + uuid("d" + CLOSED + "1") + "', '" + uuid(CLOSED)
                    + "', 'REMINDER', 'PENDING', 0, CURRENT_TIMESTAMP)");
            invitation(s, OPEN, "1", "e1", "PENDING", "INVITATION");
        }

        flyway.target("latest").load().migrate();

        assertEquals("2 sent, 2 failed", counts(properties, CLOSED), "the reminder never sent counts as failed");
        assertEquals("null sent, null failed", counts(properties, OPEN), "an open wave's emails are counted live");
        for (String table : new String[] {"invitation", "invitation_token", "outbox_message", "wave_reminder"}) {
            assertEquals(0, count(properties, "SELECT COUNT(*) FROM " + table + " WHERE " + (table.equals("invitation_token")
                    ? "token_hash LIKE '" + CLOSED + "%'" : "wave_id = '" + uuid(CLOSED) + "'")), table + " of the closed wave");
        }
        assertEquals(1, count(properties, "SELECT COUNT(*) FROM invitation WHERE wave_id = '" + uuid(OPEN) + "'"));
        assertEquals(1, count(properties, "SELECT COUNT(*) FROM invitation_token"), "the open wave's token");
        assertEquals(1, count(properties, "SELECT COUNT(*) FROM outbox_message"), "the open wave's email");
        assertEquals(1, count(properties, "SELECT COUNT(*) FROM wave_reminder"), "the open wave's reminder round");
        assertEquals(1, count(properties, "SELECT COUNT(*) FROM employee WHERE deactivated_at IS NOT NULL"));
        assertEquals(1, count(properties, "SELECT COUNT(*) FROM employee WHERE email = 'cid@example.com' "
                + "AND deactivated_at = updated_at"), "a leaver left at their last update");
    }

    /** A wave with one profile and one reminder round; {@code tail} ends its id. */
    private static void wave(Statement s, String tail, String status) throws SQLException {
        s.executeUpdate("INSERT INTO wave (id, label, template_key, status, anonymity_threshold, created_at) VALUES ('"
                + uuid(tail) + "', 'w-" + status + "', 'wellbeing-barometer', '" + status + "', 3, CURRENT_TIMESTAMP)");
        s.executeUpdate("INSERT INTO wave_profile (id, wave_id, invited, responded) VALUES ('" + uuid("f" + tail) + "', '"
                + uuid(tail) + "', 3, 0)");
        s.executeUpdate("INSERT INTO wave_reminder (wave_id, reminder_day, due_at) VALUES ('" + uuid(tail) + "', 5, CURRENT_TIMESTAMP)");
    }

    /** Invitation {@code n} of the wave, for employee {@code e<n>}, with a token and one email in {@code state}. */
    private static void invitation(Statement s, String wave, String n, String employee, String state, String kind)
            throws SQLException {
        String id = uuid("d" + wave + n);
        s.executeUpdate("INSERT INTO invitation (id, wave_id, employee_id, locale, responded, profile_id) VALUES ('" + id
                + "', '" + uuid(wave) + "', '" + uuid(employee) + "', 'en', FALSE, '" + uuid("f" + wave) + "')");
        s.executeUpdate("INSERT INTO invitation_token (token_hash, invitation_id) VALUES ('" + wave + n + "', '" + id + "')");
        s.executeUpdate("INSERT INTO outbox_message (id, invitation_id, wave_id, kind, state, attempts, next_attempt_at) VALUES ('"
                + uuid("b" + wave + n) + "', '" + id + "', '" + uuid(wave) + "', '" + kind + "', '" + state
                + "', 1, CURRENT_TIMESTAMP)");
    }

    /** A fixed id ending in the given hex digits. */
    private static String uuid(String tail) {
        return "00000000-0000-0000-0000-" + "0".repeat(12 - tail.length()) + tail;
    }

    private static String counts(Map<String, String> properties, String wave) throws SQLException {
        try (Connection c = connect(properties); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT emails_sent, emails_failed FROM wave WHERE id = '" + uuid(wave) + "'")) {
            r.next();
            return r.getObject(1) + " sent, " + r.getObject(2) + " failed";
        }
    }

    private static long count(Map<String, String> properties, String sql) throws SQLException {
        try (Connection c = connect(properties); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Connection connect(Map<String, String> properties) throws SQLException {
        return DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
    }
}
