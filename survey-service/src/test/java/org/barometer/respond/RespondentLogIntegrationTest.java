package org.barometer.respond;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.barometer.testing.EmlOutbox;
import org.barometer.testing.Jdbc;
import org.barometer.testing.LogCapture;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A log line has a time; next to an answer's words it would date that answer and, with the
 * access log, place it. So when a statement storing an answer fails, the log says which kind of
 * failure it was (its SQLState) and where in the code, never the database's detail, which echoes
 * the row (PostgreSQL's "Failing row contains (…)", "Key (id)=(…)"). The failure is provoked with
 * a constraint added for the test that refuses a comment holding a marker.
 */
abstract class RespondentLogIntegrationTest extends ServiceTest {

    private static final String MARKER = "tell-tale";
    private static final String COMMENT = "Worried about the " + MARKER + " reorganisation in Lyon";
    private static final Pattern ANY_UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Map<String, String> tokens;

    @BeforeEach
    void openWaveAndRefuseMarkedComments() throws SQLException {
        api.importCsv(Staff.team("Sales", 6), false);
        api.awaitDelivered(api.openedWave("2026-Q4", 5), Duration.ofSeconds(20));
        tokens = EmlOutbox.tokensByRecipient(Path.of(property("barometer.mail.dir")));
        execute("ALTER TABLE ballot ADD CONSTRAINT test_refuses_marked_comments CHECK (comment_text NOT LIKE '%"
                + MARKER + "%')");
    }

    @AfterEach
    void dropTheConstraint() throws SQLException {
        execute("ALTER TABLE ballot DROP CONSTRAINT test_refuses_marked_comments");
    }

    @Test
    void aFailedAnswerThroughTheJsonDoorIsLoggedWithoutItsContent() {
        String json = "{\"token\":\"" + tokens.get("sales-1@example.com") + "\",\"answers\":{\"stress\":4,\"clarity\":2,"
                + "\"interruptions\":5,\"autonomy\":3,\"workload\":4,\"support\":1},\"comment\":\""
                + COMMENT + "\"}";
        List<String> lines = logged(() -> api.http().exchange(HttpRequest.POST("/api/v1/responses", json)
                .contentType(MediaType.APPLICATION_JSON_TYPE)));

        assertSaysWhatFailedButNothingOfTheAnswer(lines);
        assertEquals(0, Jdbc.answersStored(getProperties()));
    }

    @Test
    void aFailedAnswerThroughTheFormIsLoggedWithoutItsContent() {
        String form = "lang=en&q.stress=4&q.clarity=2&q.interruptions=5&q.autonomy=3&q.workload=4&q.support=1&comment=" + URLEncoder.encode(COMMENT, StandardCharsets.UTF_8);
        List<String> lines = logged(() -> api.http().exchange(HttpRequest.POST("/s/" + tokens.get("sales-2@example.com"), form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).accept(MediaType.TEXT_HTML_TYPE)));

        assertSaysWhatFailedButNothingOfTheAnswer(lines);
        assertEquals(0, Jdbc.answersStored(getProperties()));
    }

    /** A failure no handler of ours expects, on the respondent's side: Micronaut's own 500 would log its messages. */
    @Test
    void anUnexpectedFailureIsLoggedWithoutItsMessages() {
        List<String> lines = logged(() -> api.http().exchange(HttpRequest.POST("/s/test/failure", "")));

        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ERROR") && l.contains("SQLState 23505")
                && l.contains("FailureProbeController")), "the kind of failure and where: " + lines);
        assertTrue(lines.stream().noneMatch(l -> l.contains("Bob") || l.contains(FailureProbeController.ROW_ID)
                || l.contains("Detail")), String.join("\n", lines));
    }

    private void assertSaysWhatFailedButNothingOfTheAnswer(List<String> lines) {
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ERROR") && l.contains("SQLState 23")),
                "an integrity constraint failed, and the log says so: " + lines);
        for (String line : lines) {
            assertFalse(line.contains(MARKER) || line.contains("Lyon"), "the comment: " + line);
            assertFalse(ANY_UUID.matcher(line).find(), "an id (the response's, the wave's): " + line);
            assertFalse(line.contains("Failing row") || line.contains("Detail"), "the database's detail: " + line);
            assertFalse(tokens.values().stream().anyMatch(line::contains), "a token: " + line);
        }
    }

    /** What the service logged while {@code request} was answered (a 500 here). */
    private List<String> logged(Runnable request) {
        try (LogCapture log = LogCapture.start()) {
            HttpClientResponseException failed = failure(request);
            assertEquals(500, failed.getStatus().getCode(), failed.getResponse().getBody(String.class).orElse(""));
            return log.lines();
        }
    }

    private static HttpClientResponseException failure(Runnable request) {
        try {
            request.run();
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected the request to fail");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = Jdbc.connect(getProperties()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
