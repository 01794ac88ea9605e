package org.barometer.insight;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.barometer.testing.EmlOutbox;
import org.barometer.testing.Jdbc;
import org.barometer.testing.ServiceTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import static org.barometer.insight.InsightIntegrationTest.byTeam;
import static org.barometer.insight.InsightIntegrationTest.groups;
import static org.barometer.insight.InsightIntegrationTest.number;
import static org.barometer.insight.InsightIntegrationTest.question;
import static org.barometer.insight.InsightIntegrationTest.staff;
import static org.barometer.insight.InsightIntegrationTest.team;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The live counters that submissions keep: an open wave's results come from them, they equal a
 * GROUP BY of the stored answers, and a refused submission leaves them as they were.
 */
abstract class LiveCountersIntegrationTest extends ServiceTest {

    /** Every cell of the wave from the stored answers, as ResultQueries counted it before the counters. */
    private static final String FROM_ANSWERS = "SELECT s.name, s.attr_value, a.question_key, a.answer, COUNT(*) "
            + "FROM response r JOIN response_answer a ON a.response_id = r.id "
            + "JOIN (SELECT response_id, name, attr_value FROM response_attribute "
            + "UNION ALL SELECT id, '', '' FROM response) s ON s.response_id = r.id "
            + "GROUP BY s.name, s.attr_value, a.question_key, a.answer";
    private static final String FROM_COUNTERS = "SELECT segment_name, segment_value, question_key, answer, SUM(n) "
            + "FROM wave_live_histogram GROUP BY segment_name, segment_value, question_key, answer";

    /** Invited and responded of every single and crossed cut, recounted from the invitations. */
    private static final String PARTICIPATION_FROM_INVITATIONS = "SELECT c.cut_name, c.cut_value, c.other_name, "
            + "c.other_value, COUNT(*), SUM(CASE WHEN i.responded THEN 1 ELSE 0 END) FROM invitation i JOIN ("
            + "SELECT id AS invitation_id, '' AS cut_name, '' AS cut_value, '' AS other_name, '' AS other_value "
            + "FROM invitation UNION ALL SELECT invitation_id, name, attr_value, '', '' FROM invitation_attribute "
            + "UNION ALL SELECT a.invitation_id, a.name, a.attr_value, b.name, b.attr_value FROM invitation_attribute a "
            + "JOIN invitation_attribute b ON b.invitation_id = a.invitation_id AND b.name <> a.name) c "
            + "ON c.invitation_id = i.id GROUP BY c.cut_name, c.cut_value, c.other_name, c.other_value";
    private static final String PARTICIPATION_FROM_COUNTERS = "SELECT cut_name, cut_value, other_name, other_value, "
            + "SUM(invited), SUM(responded) FROM wave_live_participation "
            + "GROUP BY cut_name, cut_value, other_name, other_value";

    private static final String FULL = "\"clarity\":3,\"interruptions\":3,\"autonomy\":3,\"workload\":3,\"support\":3";

    /** The background count is off here: each test counts when it means to, through the service's own fold. */
    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("barometer.live.count-interval", "1h");
    }

    @Test
    void anOpenWaveIsCountedFromTheCountersWhichEqualAGroupByOfTheAnswers() {
        String waveId = sixteenAnswers();
        Map<String, Map<String, Object>> beforeCounting = byTeam(results(waveId, "team"));
        Map<String, Object> wholeBeforeCounting = groups(results(waveId, null)).get(0);
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM wave_live_histogram"),
                "nothing counted yet: the answers are only stored");

        countAll();
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM response_uncounted"));
        assertEquals(cells(FROM_ANSWERS), cells(FROM_COUNTERS));
        assertEquals(participation(PARTICIPATION_FROM_INVITATIONS), participation(PARTICIPATION_FROM_COUNTERS),
                "participation counters equal a recount of the invitations, single and crossed cuts");
        // 6 questions of 16 responses in the whole wave, 11 with a team, 16 with a department.
        assertEquals(16 * 6 + 11 * 6 + 16 * 6, Jdbc.count(getProperties(), "SELECT SUM(n) FROM wave_live_histogram"));
        assertEquals(beforeCounting, byTeam(results(waveId, "team")),
                "the results were exact before the count: uncounted responses are added on reading");
        assertEquals(wholeBeforeCounting, groups(results(waveId, null)).get(0));

        // Without the answers, an open wave still shows them: its results are read from the counters.
        sql("DELETE FROM response_answer");
        Map<String, Map<String, Object>> teams = byTeam(results(waveId, "team"));
        // Support: stress 1..5 → mean 3; Sales: six 4s → mean 4; whole: (24 + 15 + 10) / 16.
        assertEquals(3.0, number(question(teams.get("Support"), "stress"), "mean"), 1e-9);
        assertEquals(5, ((Number) question(teams.get("Support"), "stress").get("n")).intValue());
        assertEquals(4.0, number(question(teams.get("Sales"), "stress"), "mean"), 1e-9);
        assertEquals(49.0 / 16, number(question(groups(results(waveId, null)).get(0), "stress"), "mean"), 1e-9);
    }

    @Test
    void partlyCountedResultsAreExactAndClosingCountsTheRest() {
        String waveId = sixteenAnswers();
        Map<String, Map<String, Object>> uncounted = byTeam(results(waveId, "team"));
        // Half counted, half still queued, as between two rounds of the background count.
        String firstHalf = "(SELECT id FROM response ORDER BY id LIMIT 8)";
        sql("DELETE FROM response_uncounted WHERE response_id NOT IN " + firstHalf);
        countAll();
        sql("INSERT INTO response_uncounted (response_id, wave_id) SELECT id, wave_id FROM response "
                + "WHERE id NOT IN " + firstHalf);
        assertEquals(8, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM response_uncounted"));
        assertEquals(uncounted, byTeam(results(waveId, "team")), "half counted, half not: the same results");

        api.closeWave(waveId);
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM response_uncounted"),
                "closing counted the rest before storing the aggregates");
        assertEquals(cells(FROM_ANSWERS), cells("SELECT segment_name, segment_value, question_key, answer, SUM(n) "
                + "FROM wave_histogram GROUP BY segment_name, segment_value, question_key, answer"));
        assertEquals(uncounted, byTeam(results(waveId, "team")), "the closed wave shows what the open one did");
    }

    @Test
    void aRefusedSubmissionLeavesTheCountersAsTheyWere() {
        api.importCsv(staff(team("Sales", 2, "Commercial")), false);
        openAndDeliver();
        Map<String, String> tokens = tokens();
        String first = tokens.get("sales-1@example.com");
        String second = tokens.get("sales-2@example.com");
        assertEquals(HttpStatus.CREATED, submit(first, 4));
        countAll();
        Map<String, Long> before = cells(FROM_COUNTERS);

        assertEquals(HttpStatus.BAD_REQUEST, submit(second, 6), "stress 6 is off the 1–5 scale");
        assertEquals(HttpStatus.CONFLICT, submit(first, 1), "a used link");

        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM response_uncounted"));
        countAll();
        assertEquals(before, cells(FROM_COUNTERS));
        assertEquals(HttpStatus.CREATED, submit(second, 1), "the link refused for a bad answer still works");
        countAll();
        assertEquals(cells(FROM_ANSWERS), cells(FROM_COUNTERS));
    }

    /**
     * Sales: 6 answer stress 4; Support: person i answers stress i (1..5); 5 without a team answer
     * stress 2 (5, not fewer, so that no team is hidden to protect them).
     */
    private String sixteenAnswers() {
        api.importCsv(staff(team("Sales", 6, "Commercial"), team("Support", 5, "Operations"),
                team("", 5, "Operations")), false);
        String waveId = openAndDeliver();
        Map<String, String> tokens = tokens();
        for (int i = 1; i <= 6; i++) {
            assertEquals(HttpStatus.CREATED, submit(tokens.get("sales-" + i + "@example.com"), 4));
        }
        for (int i = 1; i <= 5; i++) {
            assertEquals(HttpStatus.CREATED, submit(tokens.get("support-" + i + "@example.com"), i));
        }
        for (int i = 1; i <= 5; i++) {
            assertEquals(HttpStatus.CREATED, submit(tokens.get("none-" + i + "@example.com"), 2));
        }
        assertEquals(16, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM response_uncounted"));
        return waveId;
    }

    /** What the background count does each second, run now. */
    private void countAll() {
        server.getApplicationContext().getBean(LiveCountSchedule.class).countAll();
    }

    private String openAndDeliver() {
        String waveId = api.openedWave("2026-Q2", 5);
        api.awaitDelivered(waveId, Duration.ofSeconds(30));
        return waveId;
    }

    private Map<String, String> tokens() {
        return EmlOutbox.tokensByRecipient(Path.of(property("barometer.mail.dir")));
    }

    private HttpStatus submit(String token, int stress) {
        String body = "{\"token\":\"" + token + "\",\"answers\":{\"stress\":" + stress + "," + FULL + "}}";
        try {
            return api.http().exchange(HttpRequest.POST("/api/v1/responses", body)
                    .contentType(MediaType.APPLICATION_JSON_TYPE)).getStatus();
        } catch (HttpClientResponseException e) {
            return e.getStatus();
        }
    }

    private Map<String, Object> results(String waveId, String by) {
        return api.retrieve(HttpRequest.GET("/api/v1/waves/" + waveId + "/results" + (by == null ? "" : "?by=" + by)));
    }

    /** segment name / value / question / answer → count, for one wave's worth of rows. */
    private Map<String, Long> cells(String query) {
        Map<String, Long> cells = new TreeMap<>();
        try (Connection c = Jdbc.connect(getProperties()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                cells.put(r.getString(1) + "/" + r.getString(2) + "/" + r.getString(3) + "/" + r.getInt(4), r.getLong(5));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return cells;
    }

    /** cut/value/other/value → "invited/responded". */
    private Map<String, String> participation(String query) {
        Map<String, String> cells = new TreeMap<>();
        try (Connection c = Jdbc.connect(getProperties()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                cells.put(r.getString(1) + "/" + r.getString(2) + "/" + r.getString(3) + "/" + r.getString(4),
                        r.getLong(5) + "/" + r.getLong(6));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return cells;
    }

    private void sql(String statement) {
        try (Connection c = Jdbc.connect(getProperties()); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
