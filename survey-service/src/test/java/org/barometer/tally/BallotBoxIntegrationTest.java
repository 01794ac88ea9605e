package org.barometer.tally;

import org.barometer.testing.Answers;
import org.barometer.testing.Jdbc;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ballot box, attacked as a database administrator would (issue A1): answers stay in the box
 * until k of a wave are waiting, then reach the response tables together, under fresh ids, in an
 * order that keeps no run of the answering order; at closing the rest leaves mixed with k answers
 * already released. Each answer is told apart by its comment ("answer 7" was given seventh).
 * The release runs when the test says (its schedule is set to an hour here).
 */
abstract class BallotBoxIntegrationTest extends ServiceTest {

    static final int K = 5;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("barometer.ballot-box.release-interval", "1h");
    }

    /** What the schedule does every few seconds, now. */
    void release() {
        server.getApplicationContext().getBean(ReleaseSchedule.class).releaseDue();
    }

    /** 20 people in one team; the first {@code count} answer in order, each with their rank as comment. */
    Answers wave(int count) {
        api.importCsv(Staff.team("Data", 20), false);
        waveId = api.openedWave("2026-Q4", K);
        api.awaitDelivered(waveId, Duration.ofSeconds(30));
        Answers answers = Answers.from(api, Path.of(property("barometer.mail.dir")));
        for (int i = 1; i <= count; i++) {
            answers.answer("data-" + i + "@example.com", 1 + i % 5, "answer " + i);
        }
        return answers;
    }

    String waveId;

    long count(String sql) {
        return Jdbc.count(getProperties(), sql);
    }

    @Test
    void answersWaitUntilKAreWaitingThenLeaveTheBoxTogether() {
        wave(K - 1);
        release();
        assertEquals(K - 1, count("SELECT COUNT(*) FROM ballot"), "fewer than k wait");
        assertEquals(0, count("SELECT COUNT(*) FROM response"));

        Answers answers = Answers.from(api, Path.of(property("barometer.mail.dir")));
        answers.answer("data-" + K + "@example.com", 3, "answer " + K);
        release();

        assertEquals(0, count("SELECT COUNT(*) FROM ballot"));
        assertEquals(K, count("SELECT COUNT(*) FROM response"));
        assertEquals(K * 6L, count("SELECT COUNT(*) FROM response_answer"));
        assertEquals(K, count("SELECT SUM(responded) FROM wave_profile"), "the tally counts them once");
        assertEquals(K, count("SELECT SUM(n) FROM profile_histogram WHERE question_key = 'stress'"));
    }

    @Test
    void closingReleasesWhatRemainsMixedWithKAnswersAlreadyReleased() {
        Answers answers = wave(K);
        release();
        answers.answer("data-" + (K + 1) + "@example.com", 2, "answer " + (K + 1));
        answers.answer("data-" + (K + 2) + "@example.com", 2, "answer " + (K + 2));
        release();
        assertEquals(2, count("SELECT COUNT(*) FROM ballot"), "two wait: fewer than k");
        List<String> before = ids();

        api.closeWave(waveId);

        assertEquals(0, count("SELECT COUNT(*) FROM ballot"));
        assertEquals(K + 2, count("SELECT COUNT(*) FROM response"), "every answer once");
        assertEquals(K + 2, count("SELECT SUM(responded) FROM wave_profile"));
        List<String> after = ids();
        long kept = after.stream().filter(before::contains).count();
        assertEquals(0, kept, "the k answers drawn were written anew with the last two: with five released, all five");
    }

    @Test
    void noBatchKeepsTheOrderOfAnswering() throws SQLException {
        wave(15);
        release();
        Answers answers = Answers.from(api, Path.of(property("barometer.mail.dir")));
        for (int i = 16; i <= 18; i++) {
            answers.answer("data-" + i + "@example.com", 3, "answer " + i);
        }
        api.closeWave(waveId);

        List<Integer> stored = inPhysicalOrder();
        assertEquals(18, stored.size());
        for (int i = 2; i < stored.size(); i++) {
            boolean run = stored.get(i - 1) == stored.get(i - 2) + 1 && stored.get(i) == stored.get(i - 1) + 1;
            assertTrue(!run, "three answers stored in the order they were given: " + stored);
        }
    }

    /** The answers' ranks in the order the database holds the rows (its row ids or tuple positions). */
    abstract List<Integer> inPhysicalOrder() throws SQLException;

    List<Integer> ranks(String sql) throws SQLException {
        List<Integer> ranks = new ArrayList<>();
        try (Connection c = Jdbc.connect(getProperties()); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ranks.add(Integer.valueOf(r.getString(1).substring("answer ".length())));
            }
        }
        return ranks;
    }

    List<String> ids() {
        List<String> ids = new ArrayList<>();
        try (Connection c = Jdbc.connect(getProperties()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM response")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }
}
