package org.barometer.tally;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.Answers;
import org.barometer.testing.Jdbc;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On PostgreSQL the hidden columns are the attack: every row carries the id of the transaction
 * that wrote it ({@code xmin}) and its place in the table ({@code ctid}).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BallotBoxPostgresIntegrationTest extends BallotBoxIntegrationTest {

    /** Tables whose rows name or concern a person (or a reader), joined on their transaction ids with the answers. */
    private static final List<String> PEOPLE = List.of("invitation", "invitation_token", "outbox_message", "employee",
            "employee_attribute", "hr_user", "audit_event");

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }

    @Override
    List<Integer> inPhysicalOrder() throws SQLException {
        return ranks("SELECT comment_text FROM response ORDER BY ctid");
    }

    @Test
    void noStoredAnswerSharesATransactionWithAPersonOrWithFewerThanKOtherAnswers() {
        Answers answers = wave(2 * K + 1);
        release();
        assertNoLink();
        answers.answer("data-" + (2 * K + 2) + "@example.com", 4, "answer " + (2 * K + 2));
        api.closeWave(waveId);
        assertNoLink();
        assertEquals(2 * K + 2, count("SELECT COUNT(*) FROM response"));
    }

    private void assertNoLink() {
        for (String answerTable : List.of("response", "response_answer")) {
            for (String person : PEOPLE) {
                assertEquals(0, count("SELECT COUNT(*) FROM " + answerTable + " a JOIN " + person + " p ON p.xmin = a.xmin"),
                        answerTable + " shares a transaction with " + person);
            }
        }
        try (Connection c = Jdbc.connect(getProperties()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT xmin::text, COUNT(*) FROM response GROUP BY xmin::text")) {
            while (r.next()) {
                assertTrue(r.getLong(2) >= K, r.getLong(2) + " answers written by transaction " + r.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
