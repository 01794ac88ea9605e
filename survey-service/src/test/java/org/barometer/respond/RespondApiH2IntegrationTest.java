package org.barometer.respond;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.Jdbc;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RespondApiH2IntegrationTest extends RespondApiIntegrationTest {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    /**
     * H2 gives up on a row lock after 2 s. An answer that waits that long for a closing (held here
     * uncommitted, then rolled back) is told to try again (503, Retry-After), not a 500, and nothing
     * of it stays; once the wave's row is free the same answer goes through.
     */
    @Test
    void anAnswerThatWaitedPastTheLockTimeoutIsToldToTryAgainAndGoesThroughLater() throws Exception {
        try (Connection closing = closingHeldOpen()) {
            HttpClientResponseException busy = failure(fullAnswer(token));
            assertEquals(HttpStatus.SERVICE_UNAVAILABLE, busy.getStatus());
            assertEquals("60", busy.getResponse().getHeaders().get(HttpHeaders.RETRY_AFTER));
            closing.rollback();
        }
        assertEquals(0, Jdbc.answersStored(getProperties()));

        assertEquals(HttpStatus.CREATED, post(fullAnswer(token)));
    }
}
