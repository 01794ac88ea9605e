package org.barometer.survey;

import io.micronaut.http.HttpRequest;
import org.barometer.testing.Jdbc;
import org.barometer.testing.ServiceTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attribute tuple an answer is stored with names no one (issue A3): whatever the staff list
 * holds — a person alone in their team × location, a column of unique values, a newcomer with a
 * combination nobody else has — every tuple a wave stores is shared by at least k of its invitees,
 * and only drops attributes (nobody is counted in a group they are not in). Checked as a database
 * administrator would: profiles, their attributes and the invitations pointing at them.
 */
abstract class StoredProfilesIntegrationTest extends ServiceTest {

    private static final int K = 5;

    @Test
    void aPersonAloneInTheirCombinationIsStoredWithTheWiderGroupsOnly() throws SQLException {
        StringJoiner csv = new StringJoiner("\n", "email,name,team,department,location,employee-number\n", "\n");
        Random random = new Random(3);
        for (int i = 1; i <= 60; i++) {
            String team = "T" + (i % 7);
            // One person of each team works in Lyon, the rest in Paris; everyone has a unique number.
            String location = i <= 7 ? "Lyon" : "Paris";
            csv.add("p" + i + "@example.com,P " + i + "," + team + ",D" + (i % 7 % 3) + "," + location + ",E" + random.nextInt(1_000_000));
        }
        api.importCsv(csv.toString(), false);
        String waveId = api.openedWave("2026-Q4", K);

        Map<String, Map<String, String>> stored = storedTuples(waveId);
        Map<String, Map<String, String>> full = fullTuples();
        for (var entry : stored.entrySet()) {
            Map<String, String> person = full.get(entry.getKey());
            assertTrue(person.entrySet().containsAll(entry.getValue().entrySet()),
                    entry.getKey() + " is stored as " + entry.getValue() + ", not a generalisation of " + person);
            assertTrue(!entry.getValue().containsKey("employee-number"), "a unique value is never stored");
        }
        assertEveryProfileHoldsK(waveId);
        assertEquals(60L, ((Number) api.wave(waveId).get("invited")).longValue());
    }

    @Test
    void aNewcomerWithACombinationNobodyHasJoinsAWiderProfileAndEveryProfileStillHoldsK() throws SQLException {
        StringJoiner csv = new StringJoiner("\n", "email,name,team,department\n", "\n");
        for (int i = 1; i <= 12; i++) {
            csv.add("d" + i + "@example.com,D " + i + ",Data,Eng");
        }
        for (int i = 1; i <= 6; i++) {
            csv.add("s" + i + "@example.com,S " + i + ",Sales,Com");
        }
        api.importCsv(csv.toString(), false);
        String waveId = api.openedWave("2026-Q4", K);
        api.importCsv("email,name,team,department\nnew@example.com,New,Legal,Law\n", false);

        api.retrieve(HttpRequest.POST("/api/v1/waves/" + waveId + "/invite-new", Map.of()));

        assertEveryProfileHoldsK(waveId);
        Map<String, String> newcomer = storedTuples(waveId).get("new@example.com");
        assertEquals(Map.of(), newcomer, "no tuple in use matches Legal × Law: the closest is widened to nothing shared");
    }

    private void assertEveryProfileHoldsK(String waveId) {
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM wave_profile WHERE wave_id = '" + waveId
                + "' AND invited < " + K), "a profile of fewer than k invitees");
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM wave_profile p WHERE p.wave_id = '" + waveId
                + "' AND p.invited <> (SELECT COUNT(*) FROM invitation i WHERE i.profile_id = p.id)"),
                "a profile's count is the number of invitations it holds");
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM (SELECT i.profile_id FROM invitation i "
                + "WHERE i.wave_id = '" + waveId + "' GROUP BY i.profile_id HAVING COUNT(*) < " + K + ") small"));
    }

    /** Each invitee's stored tuple (their profile's attributes), by email. */
    private Map<String, Map<String, String>> storedTuples(String waveId) throws SQLException {
        Map<String, Map<String, String>> tuples = new HashMap<>();
        try (Connection c = Jdbc.connect(getProperties()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT e.email, a.name, a.attr_value FROM invitation i "
                     + "JOIN employee e ON e.id = i.employee_id LEFT JOIN wave_profile_attribute a ON a.profile_id = i.profile_id "
                     + "WHERE i.wave_id = '" + waveId + "'")) {
            while (r.next()) {
                Map<String, String> tuple = tuples.computeIfAbsent(r.getString(1), e -> new TreeMap<>());
                if (r.getString(2) != null) {
                    tuple.put(r.getString(2), r.getString(3));
                }
            }
        }
        return tuples;
    }

    private Map<String, Map<String, String>> fullTuples() throws SQLException {
        Map<String, Map<String, String>> tuples = new HashMap<>();
        try (Connection c = Jdbc.connect(getProperties()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT e.email, a.name, a.attr_value FROM employee e "
                     + "JOIN employee_attribute a ON a.employee_id = e.id")) {
            while (r.next()) {
                tuples.computeIfAbsent(r.getString(1), e -> new TreeMap<>()).put(r.getString(2), r.getString(3));
            }
        }
        return tuples;
    }
}
