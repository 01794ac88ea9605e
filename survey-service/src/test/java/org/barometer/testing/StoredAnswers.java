package org.barometer.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A wave's answers as a database administrator finds them — waiting in the ballot box or released
 * into the response tables — held against what the respondents were told ({@link Respondents}).
 */
public final class StoredAnswers {

    private static final Duration RELEASE_TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, String> properties;
    private final UUID wave;

    public StoredAnswers(Map<String, String> properties, String waveId) {
        this.properties = properties;
        this.wave = UUID.fromString(waveId);
    }

    /** Comments of the wave's answers, waiting or released, with repeats. */
    public List<String> comments() {
        return strings("SELECT comment_text FROM ballot WHERE wave_id = ? UNION ALL "
                + "SELECT comment_text FROM response WHERE wave_id = ?");
    }

    public long waiting() {
        return count("SELECT COUNT(*) FROM ballot WHERE wave_id = ?");
    }

    public long released() {
        return count("SELECT COUNT(*) FROM response WHERE wave_id = ?");
    }

    /** What is stored against what was acknowledged: none missing, none twice, none never acknowledged. */
    public Difference against(Set<String> acknowledged) {
        List<String> stored = comments();
        Map<String, Long> times = stored.stream().collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting()));
        Set<String> missing = new HashSet<>(acknowledged);
        missing.removeAll(times.keySet());
        Set<String> unacknowledged = new HashSet<>(times.keySet());
        unacknowledged.removeAll(acknowledged);
        Map<String, Long> twice = new TreeMap<>(times);
        twice.values().removeIf(n -> n == 1);
        return new Difference(acknowledged.size(), stored.size(), missing, twice, unacknowledged);
    }

    /** How the stored answers differ from the acknowledged ones. */
    public record Difference(int acknowledged, int stored, Set<String> missing, Map<String, Long> twice,
                             Set<String> unacknowledged) {

        public boolean none() {
            return missing.isEmpty() && twice.isEmpty() && unacknowledged.isEmpty();
        }

        @Override
        public String toString() {
            return acknowledged + " acknowledged, " + stored + " stored: " + missing.size() + " missing, " + twice.size()
                    + " stored twice or more, " + unacknowledged.size() + " never acknowledged" + (none() ? ""
                    : " (missing " + new TreeSet<>(missing) + ", twice " + twice + ", never acknowledged "
                    + new TreeSet<>(unacknowledged) + ")");
        }
    }

    /**
     * What holds at any moment, even while answers arrive and releases run (each read is one
     * statement, one snapshot): every acknowledged answer is stored, once; nothing is stored that
     * was not sent; the profiles count exactly the answers released.
     *
     * @param sent the answers acknowledged and those sent without a reply (each may be stored or not)
     */
    public void assertConsistent(Set<String> acknowledged, Set<String> sent) {
        Difference difference = against(acknowledged);
        Set<String> neverSent = new TreeSet<>(difference.unacknowledged());
        neverSent.removeAll(sent);
        assertTrue(difference.missing().isEmpty() && difference.twice().isEmpty() && neverSent.isEmpty(),
                difference + ", of which never sent: " + neverSent);
        assertEquals(0, count("SELECT (SELECT COUNT(*) FROM response WHERE wave_id = ?) "
                + "- (SELECT COALESCE(SUM(responded), 0) FROM wave_profile WHERE wave_id = ?)"),
                "answers released and not counted by their profile (negative: counted twice)");
    }

    /** While the wave is open: the links used are the answers stored, one each (a closing deletes the invitations). */
    public void assertLinksUsed(Set<String> acknowledged) {
        assertEquals(acknowledged.size(), count("SELECT COUNT(*) FROM invitation WHERE wave_id = ? AND responded"),
                "links used: one per answer stored");
    }

    /**
     * Every acknowledged answer is stored exactly once and nothing else is, whole (its six ratings,
     * its own stress rating), the links used are the answers stored while the wave is open and no
     * invitation is kept once it is closed, and the tally counts each
     * released answer once.
     */
    public void assertExactlyOnce(Set<String> acknowledged) {
        Difference difference = against(acknowledged);
        assertTrue(difference.none(), difference.toString());
        if (count("SELECT COUNT(*) FROM wave WHERE id = ? AND status = 'CLOSED'") == 1) {
            assertEquals(0, count("SELECT COUNT(*) FROM invitation WHERE wave_id = ?"),
                    "a closed wave keeps none of its invitations (ClosingPurge)");
        } else {
            assertLinksUsed(acknowledged);
        }
        List<String> wrong = new ArrayList<>();
        for (String row : strings("SELECT r.comment_text || ':' || a.answer FROM response r JOIN response_answer a "
                + "ON a.response_id = r.id WHERE r.wave_id = ? AND a.question_key = 'stress' UNION ALL "
                + "SELECT b.comment_text || ':' || b.answers FROM ballot b WHERE b.wave_id = ?")) {
            String comment = row.substring(0, row.indexOf(':'));
            String stress = row.substring(row.indexOf(':') + 1);
            int expected = Respondents.stressOf(comment);
            if (!stress.equals(String.valueOf(expected)) && !stress.contains("stress=" + expected)) {
                wrong.add(row);
            }
        }
        assertEquals(List.of(), wrong, "answers stored with another's stress rating");
        assertEquals(0, count("SELECT COUNT(*) FROM response r WHERE r.wave_id = ? AND "
                + "(SELECT COUNT(*) FROM response_answer a WHERE a.response_id = r.id) <> 6"), "released answers whole");
        long released = released();
        assertEquals(released, count("SELECT COALESCE(SUM(responded), 0) FROM wave_profile WHERE wave_id = ?"),
                "the profiles count each released answer once");
        Map<String, Long> histograms = new HashMap<>();
        for (String row : strings("SELECT h.question_key || ':' || SUM(h.n) FROM profile_histogram h JOIN wave_profile p "
                + "ON p.id = h.profile_id WHERE p.wave_id = ? GROUP BY h.question_key")) {
            histograms.put(row.substring(0, row.indexOf(':')), Long.valueOf(row.substring(row.indexOf(':') + 1)));
        }
        for (String question : List.of("stress", "clarity", "interruptions", "autonomy", "workload", "support")) {
            assertEquals(released, histograms.getOrDefault(question, 0L), "the histogram of " + question + " counts each once");
        }
    }

    /**
     * PostgreSQL: the number of response rows of the wave written by each transaction ({@code xmin}),
     * by transaction id. A release writes all its answers in one transaction.
     */
    public Map<String, Long> batches() {
        Map<String, Long> batches = new TreeMap<>();
        for (String row : strings("SELECT xmin::text || ':' || COUNT(*) FROM response WHERE wave_id = ? GROUP BY xmin::text")) {
            batches.put(row.substring(0, row.indexOf(':')), Long.valueOf(row.substring(row.indexOf(':') + 1)));
        }
        return batches;
    }

    /** PostgreSQL: no transaction wrote fewer than {@code k} of the wave's stored answers. */
    public void assertNoBatchUnder(int k) {
        assertNoBatchUnder(k, Set.of());
    }

    /**
     * PostgreSQL: no transaction but those named wrote fewer than {@code k} of the wave's stored
     * answers. A closing draws k released answers at random and writes them anew with the last
     * ballots: the transactions that had written them (named here, read before the closing) keep
     * fewer rows than they wrote.
     */
    public void assertNoBatchUnder(int k, Set<String> drawnFrom) {
        Map<String, Long> batches = batches();
        Map<String, Long> small = new TreeMap<>(batches);
        small.keySet().removeAll(drawnFrom);
        small.values().removeIf(n -> n >= k);
        assertEquals(Map.of(), small, "transactions that wrote fewer than k = " + k + " answers, among " + batches);
    }

    /** Waits, bounded, until fewer than {@code k} of the wave's answers wait in the ballot box: the rest are released. */
    public void awaitReleased(int k, ServiceProcess service) {
        Instant deadline = Instant.now().plus(RELEASE_TIMEOUT);
        while (waiting() >= k) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(waiting() + " answers still in the ballot box after " + RELEASE_TIMEOUT
                        + (service == null ? "" : ":\n" + service.logTail()));
            }
            BarometerApi.sleep(50);
        }
    }

    private long count(String sql) {
        return Long.parseLong(strings(sql).get(0));
    }

    /** The first column of each row, the wave's id given to every parameter. */
    private List<String> strings(String sql) {
        try (Connection c = Jdbc.connect(properties); PreparedStatement query = c.prepareStatement(sql)) {
            for (int p = 1; p <= query.getParameterMetaData().getParameterCount(); p++) {
                query.setObject(p, wave);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
