package org.barometer.insight;

import org.barometer.testing.BarometerApi;
import org.barometer.testing.Jdbc;

import io.micronaut.http.HttpRequest;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attacker's audit, from outside the service: every group the API publishes for a wave (the
 * organisation and each group of each attribute, read from {@code /results}) as the set of stored
 * profiles it covers (read from the database, as a database administrator would), then every union
 * of profiles tried: if a rational combination of the published groups gives it exactly, its
 * answers must number 0 or at least k. Independent of the gate's own search: plain fraction-free
 * elimination on BigIntegers over at most 20 profiles.
 */
final class PublishedCells {

    private final BarometerApi api;
    private final Map<String, String> properties;

    PublishedCells(BarometerApi api, Map<String, String> properties) {
        this.api = api;
        this.properties = properties;
    }

    /** Fails when some union of profiles with 0 &lt; answers &lt; k can be computed from what the API shows. */
    void assertNoSmallUnionDerivable(String waveId, int k, List<String> attributes) throws SQLException {
        Map<String, Map<String, String>> tuples = new LinkedHashMap<>();
        Map<String, Long> answers = new LinkedHashMap<>();
        try (Connection c = Jdbc.connect(properties); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, responded FROM wave_profile WHERE wave_id = '" + waveId + "' ORDER BY id")) {
            while (r.next()) {
                tuples.put(r.getString(1), new TreeMap<>());
                answers.put(r.getString(1), r.getLong(2));
            }
        }
        try (Connection c = Jdbc.connect(properties); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT a.profile_id, a.name, a.attr_value FROM wave_profile_attribute a "
                     + "JOIN wave_profile p ON p.id = a.profile_id WHERE p.wave_id = '" + waveId + "'")) {
            while (r.next()) {
                tuples.get(r.getString(1)).put(r.getString(2), r.getString(3));
            }
        }
        List<String> profiles = List.copyOf(tuples.keySet());
        assertTrue(profiles.size() <= 20, "small enough to try every union: " + profiles.size());
        List<long[]> rows = new ArrayList<>();
        if (shown(api.retrieve(HttpRequest.GET("/api/v1/waves/" + waveId + "/results"))).containsKey("")) {
            rows.add(profiles.stream().mapToLong(p -> 1).toArray());
        }
        for (String attribute : attributes) {
            for (String value : shown(api.retrieve(HttpRequest.GET("/api/v1/waves/" + waveId + "/results?by=" + attribute))).keySet()) {
                rows.add(profiles.stream().mapToLong(p -> value.equals(tuples.get(p).get(attribute)) ? 1 : 0).toArray());
            }
        }
        int rank = rank(rows);
        for (int mask = 1; mask < 1 << profiles.size(); mask++) {
            long n = 0;
            long[] union = new long[profiles.size()];
            for (int i = 0; i < profiles.size(); i++) {
                if ((mask >> i & 1) == 1) {
                    union[i] = 1;
                    n += answers.get(profiles.get(i));
                }
            }
            if (n > 0 && n < k) {
                List<long[]> with = new ArrayList<>(rows);
                with.add(union);
                assertTrue(rank(with) > rank, "a union of " + n + " answers can be computed from the groups shown: "
                        + unionOf(profiles, tuples, mask));
            }
        }
    }

    /** The groups shown (not suppressed) in a results view, by value ("" for the organisation). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> shown(Map<String, Object> results) {
        Map<String, Object> shown = new HashMap<>();
        for (Object g : (List<Object>) results.get("groups")) {
            Map<String, Object> group = (Map<String, Object>) g;
            if (!(Boolean) group.get("suppressed")) {
                Map<String, String> segment = (Map<String, String>) group.get("segment");
                shown.put(segment.isEmpty() ? "" : segment.values().iterator().next(), group);
            }
        }
        return shown;
    }

    private static String unionOf(List<String> profiles, Map<String, Map<String, String>> tuples, int mask) {
        List<Map<String, String>> union = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            if ((mask >> i & 1) == 1) {
                union.add(tuples.get(profiles.get(i)));
            }
        }
        return union.toString();
    }

    /** Rank over the rationals by fraction-free Gaussian elimination on BigIntegers. */
    static int rank(List<long[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        int columns = rows.get(0).length;
        BigInteger[][] m = new BigInteger[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                m[r][c] = BigInteger.valueOf(rows.get(r)[c]);
            }
        }
        int rank = 0;
        for (int c = 0; c < columns && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (m[r][c].signum() != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            BigInteger[] tmp = m[rank];
            m[rank] = m[pivot];
            m[pivot] = tmp;
            for (int r = rank + 1; r < m.length; r++) {
                if (m[r][c].signum() != 0) {
                    BigInteger a = m[rank][c];
                    BigInteger b = m[r][c];
                    for (int j = c; j < columns; j++) {
                        m[r][j] = m[r][j].multiply(a).subtract(m[rank][j].multiply(b));
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
