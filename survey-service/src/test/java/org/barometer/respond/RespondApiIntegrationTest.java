package org.barometer.respond;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.EmlOutbox;
import org.barometer.testing.Jdbc;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An employee's answer through the JSON door: stored once, refused clearly, never a 500. */
abstract class RespondApiIntegrationTest extends ServiceTest {

    private static final String FULL = "\"stress\":4,\"clarity\":2,\"interruptions\":5,\"autonomy\":3,\"workload\":4,\"support\":1";

    String waveId;
    String token;

    @BeforeEach
    void openWaveAndReceiveALink() {
        api.importCsv(Staff.team("Sales", 3), false);
        waveId = api.openedWave("2026-Q4", 5);
        api.awaitDelivered(waveId, Duration.ofSeconds(20));
        token = EmlOutbox.tokensByRecipient(Path.of(property("barometer.mail.dir"))).get("sales-1@example.com");
    }

    /**
     * One answer of a wave whose threshold is 5 waits in the ballot box (it leaves only with four
     * more): its ratings and comment, and the profile of a team of three, which is too small to be
     * stored with its name.
     */
    @Test
    void aCompleteAnswerWaitsInTheBallotBoxWithNothingAboutThePerson() throws InterruptedException {
        HttpStatus status = post("{\"token\":\"" + token + "\",\"answers\":{" + FULL + "},\"comment\":\"  Calm quarter.  \"}");

        assertEquals(HttpStatus.CREATED, status);
        Thread.sleep(1000); // five rounds of the release (200 ms in tests): none takes a single answer
        assertEquals(1, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM ballot WHERE comment_text = 'Calm quarter.' "
                + "AND answers = 'autonomy=3;clarity=2;interruptions=5;stress=4;support=1;workload=4'"));
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM response"), "fewer than 5 never leave the box");
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM ballot b JOIN wave_profile_attribute a "
                + "ON a.profile_id = b.profile_id"), "a team of 3 under k = 5 is not stored with the answer");
        assertEquals(1, Jdbc.linksUsed(getProperties()));
        assertEquals(null, api.wave(waveId).get("responded"), "one answer of the wave is not said either");
    }

    @Test
    void aSecondAnswerWithTheSameLinkIsRefusedWith409() {
        post(fullAnswer(token));

        HttpClientResponseException again = failure(fullAnswer(token));

        assertEquals(HttpStatus.CONFLICT, again.getStatus());
        assertEquals(1, Jdbc.answersStored(getProperties()));
    }

    /** A closed wave's links are forgotten with its invitations: the 404 says the survey may have ended, in both languages. */
    @Test
    void aClosedWavesLinkAndAnUnknownTokenAre404ThatSayTheSurveyMayHaveEnded() {
        api.closeWave(waveId);

        HttpClientResponseException closed = failure(fullAnswer(token));
        HttpClientResponseException unknown = failure(fullAnswer("AAAAAAAAAAAAAAAAAAAAAA"));

        assertEquals(HttpStatus.NOT_FOUND, closed.getStatus());
        assertEquals(HttpStatus.NOT_FOUND, unknown.getStatus());
        String said = closed.getResponse().getBody(String.class).orElse("");
        assertTrue(said.contains("its survey has ended") && said.contains("son enquête est terminée"), said);
        assertEquals(said, unknown.getResponse().getBody(String.class).orElse(""), "a closed wave's link is as unknown as any");
        assertEquals(0, Jdbc.answersStored(getProperties()));
    }

    @Test
    void aWaveClosedWhileAnswersArriveForgetsTheUnusedLinks() {
        assertEquals(HttpStatus.CREATED, post(fullAnswer(token)));
        String colleague = EmlOutbox.tokensByRecipient(Path.of(property("barometer.mail.dir"))).get("sales-2@example.com");

        api.closeWave(waveId);

        HttpClientResponseException late = failure(fullAnswer(colleague));
        assertEquals(HttpStatus.NOT_FOUND, late.getStatus());
        assertEquals(1, Jdbc.answersStored(getProperties()));
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM invitation"), "no invitation is kept");
    }

    /**
     * The closing's first step (the wave's row set to CLOSED) is held uncommitted on a connection of
     * the test's own, as if the closing were still counting; an answer arriving then must wait for
     * it and be refused, not be stored past the count. (Without the lock on the wave's row the
     * answer reads the wave as open, since the closing has not committed, and gets 201.)
     */
    @Test
    void anAnswerArrivingWhileTheWaveClosesWaitsForTheClosingAndIsRefused() throws Exception {
        try (Connection closing = closingHeldOpen()) {
            CompletableFuture<HttpStatus> answer = CompletableFuture.supplyAsync(() -> statusOf(fullAnswer(token)));

            awaitAWaitingSession(answer);
            closing.commit();

            assertEquals(HttpStatus.GONE, answer.get(30, TimeUnit.SECONDS));
        }
        assertEquals(0, Jdbc.answersStored(getProperties()));
        assertEquals(0, Jdbc.linksUsed(getProperties()), "the link is unused");
    }

    /** Until the database shows a session waiting for a lock; fails if the answer came back first. */
    private void awaitAWaitingSession(CompletableFuture<HttpStatus> answer) throws InterruptedException {
        String waiting = database() == TestDatabase.POSTGRES
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
                : "SELECT COUNT(*) FROM information_schema.sessions WHERE blocker_id IS NOT NULL";
        Instant deadline = Instant.now().plusSeconds(30);
        while (Jdbc.count(getProperties(), waiting) == 0) {
            assertFalse(answer.isDone(), () -> "the answer did not wait for the closing: " + answer.join());
            assertTrue(Instant.now().isBefore(deadline), "no session waited for the closing within 30 s");
            Thread.sleep(20);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            unknown question     | {"token":"TOKEN","answers":{FULL,"mood":3}}               | 400 | mood
            value above scale    | {"token":"TOKEN","answers":{FULL,"stress":6}}             | 400 | stress
            negative value       | {"token":"TOKEN","answers":{FULL,"stress":-1}}            | 400 | stress
            non-integer value    | {"token":"TOKEN","answers":{FULL,"stress":3.5}}           | 400 | stress
            text value           | {"token":"TOKEN","answers":{FULL,"stress":"lots"}}        | 400 | stress
            missing answer       | {"token":"TOKEN","answers":{"stress":3}}                  | 400 | clarity
            comment too long     | {"token":"TOKEN","answers":{FULL},"comment":"LONG"}       | 400 | comment
            no token             | {"answers":{FULL}}                                        | 400 | token
            answers not a map    | {"token":"TOKEN","answers":[1,2,3]}                       | 400 | answers
            malformed JSON       | {"token":"TOKEN","answers":                               | 400 | JSON
            """)
    void aBadSubmissionGetsA4xxThatNamesTheProblemAndStoresNothing(String kind, String template, int status,
                                                                   String named) {
        String body = template.replace("TOKEN", token).replace("FULL", FULL).replace("LONG", "x".repeat(2001));

        HttpClientResponseException failure = failure(body);

        assertEquals(status, failure.getStatus().getCode(), kind + ": " + failure.getResponse().getBody(String.class));
        String answer = failure.getResponse().getBody(String.class).orElse("");
        assertTrue(answer.contains(named), kind + ": the answer names '" + named + "': " + answer);
        assertEquals(0, Jdbc.answersStored(getProperties()), kind);
        assertEquals(0, Jdbc.linksUsed(getProperties()), kind + ": the link is still unused");
    }

    @Test
    void aWrongContentTypeIsA415NotA500() {
        var failure = BarometerApi.failure(() -> api.http().exchange(HttpRequest.POST("/api/v1/responses", "token=x")
                .contentType(MediaType.TEXT_PLAIN_TYPE)));

        assertEquals(HttpStatus.UNSUPPORTED_MEDIA_TYPE, failure.getStatus());
    }

    HttpStatus post(String json) {
        return api.http().exchange(HttpRequest.POST("/api/v1/responses", json)
                .contentType(MediaType.APPLICATION_JSON_TYPE)).getStatus();
    }

    /** The closing's first step, the wave's row set to CLOSED, on a connection of the test's own, uncommitted. */
    Connection closingHeldOpen() throws SQLException {
        Connection closing = Jdbc.connect(getProperties());
        closing.setAutoCommit(false);
        try (Statement s = closing.createStatement()) {
            s.executeUpdate("UPDATE wave SET status = 'CLOSED', closed_at = CURRENT_TIMESTAMP WHERE id = '" + waveId + "'");
        }
        return closing;
    }

    /** A whole answer to every question with the given link's token. */
    static String fullAnswer(String token) {
        return "{\"token\":\"" + token + "\",\"answers\":{" + FULL + "}}";
    }

    private HttpStatus statusOf(String json) {
        try {
            return post(json);
        } catch (HttpClientResponseException e) {
            return e.getStatus();
        }
    }

    HttpClientResponseException failure(String json) {
        return BarometerApi.failure(() -> post(json));
    }
}
