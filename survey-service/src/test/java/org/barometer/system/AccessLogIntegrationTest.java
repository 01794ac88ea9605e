package org.barometer.system;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.EmlOutbox;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A log reader learns that answers arrived, never through which link. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLogIntegrationTest extends ServiceTest {

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    @BeforeEach
    void capture() {
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
    }

    @Test
    void noLogLineContainsASurveyToken() {
        api.importCsv(Staff.team("Ops", 2), false);
        String wave = api.openedWave("2026-Q4", 5);
        api.awaitDelivered(wave, Duration.ofSeconds(20));
        List<String> tokens = List.copyOf(EmlOutbox.tokensByRecipient(Path.of(property("barometer.mail.dir"))).values());
        String first = tokens.get(0);

        api.http().exchange(HttpRequest.GET("/s/" + first), String.class);
        BarometerApi.failure(() -> api.http().exchange(HttpRequest.POST("/s/" + first, "q.stress=9&lang=fr")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), String.class));
        api.http().exchange(HttpRequest.POST("/s/" + first, "q.stress=3&q.clarity=3&q.interruptions=3&q.autonomy=3"
                + "&q.workload=3&q.support=3&lang=en").contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), String.class);
        BarometerApi.failure(() -> api.http().exchange(HttpRequest.GET("/s/" + first), String.class));
        BarometerApi.failure(() -> api.http().exchange(HttpRequest.POST("/api/v1/responses", "{\"token\":\""
                + tokens.get(1) + "\",\"answers\":{\"stress\":1}}").contentType(MediaType.APPLICATION_JSON_TYPE)));
        BarometerApi.failure(() -> api.http().exchange(HttpRequest.GET("/s/" + first + "x"), String.class));

        List<String> lines = captured.list.stream()
                .map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                        : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("/s/***")), "the access log records the masked path: " + lines);
        for (String token : tokens) {
            assertFalse(lines.stream().anyMatch(l -> l.contains(token)), "a token appeared in the log: " + lines);
        }
    }
}
