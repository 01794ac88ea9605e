package org.barometer.respond;

import org.barometer.testing.Jdbc;
import org.barometer.testing.ServiceTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The anonymity promise, as the schema keeps it: the tables that hold answers have exactly these
 * columns. A new column must be argued for here first — could it tie an answer to a person or a
 * moment finer than the wave? The profile is the attribute tuple the answer is counted in, shared
 * by at least k invitees of the wave (WaveProfiles); the ballot box holds answers until at least k
 * of a wave leave it together (tally's BallotBox).
 */
abstract class ResponseSchemaIntegrationTest extends ServiceTest {

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "response", Set.of("id", "wave_id", "profile_id", "comment_text"),
            "response_answer", Set.of("response_id", "question_key", "answer"),
            "ballot", Set.of("id", "wave_id", "profile_id", "answers", "comment_text"),
            "wave_profile", Set.of("id", "wave_id", "invited", "responded"),
            "wave_profile_attribute", Set.of("profile_id", "name", "attr_value"),
            "profile_histogram", Set.of("profile_id", "question_key", "answer", "n"));

    @Test
    void answerTablesHoldNoColumnThatCouldLeadToAPersonOrATime() throws SQLException {
        Map<String, Map<String, String>> actual = new TreeMap<>();
        try (Connection c = Jdbc.connect(getProperties())) {
            for (String table : ALLOWED.keySet()) {
                Map<String, String> columns = new HashMap<>();
                try (ResultSet r = c.getMetaData().getColumns(null, null, table, null)) {
                    while (r.next()) {
                        columns.put(r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                                r.getString("TYPE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                actual.put(table, columns);
            }
        }
        for (var table : ALLOWED.entrySet()) {
            Map<String, String> columns = actual.get(table.getKey());
            assertEquals(table.getValue(), columns.keySet(), "columns of " + table.getKey());
            columns.forEach((name, type) -> assertFalse(type.contains("time") || type.contains("date"),
                    table.getKey() + "." + name + " is a " + type + ": no time may be stored with an answer"));
        }
    }

    @Test
    void responseIdsAreRandomNotSequential() throws SQLException {
        try (Connection c = Jdbc.connect(getProperties());
             ResultSet r = c.getMetaData().getColumns(null, null, "response", "id")) {
            r.next();
            assertEquals("uuid", r.getString("TYPE_NAME").toLowerCase(Locale.ROOT));
            assertFalse("YES".equals(r.getString("IS_AUTOINCREMENT")), "an identity column would give the order of answers");
        }
    }
}
