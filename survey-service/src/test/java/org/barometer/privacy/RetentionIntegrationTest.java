package org.barometer.privacy;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Inject;
import org.barometer.testing.Answers;
import org.barometer.testing.CleanDatabase;
import org.barometer.testing.HrPages;
import org.barometer.testing.Jdbc;
import org.barometer.testing.MovableClock;
import org.barometer.testing.MovableClockFactory;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The retention, with a movable clock: a wave's answers and comments are erased five years after it
 * closes while its results remain, and a leaver's directory entry ninety days after they left
 * (the defaults, BAROMETER_ANSWER_RETENTION and BAROMETER_LEAVER_RETENTION). The job is run
 * directly, as each instance's schedule runs it.
 */
abstract class RetentionIntegrationTest extends ServiceTest {

    private static final Instant T0 = Instant.parse("2027-03-01T10:00:00Z");
    private static final String STAFF_HEADER = "email,name,team\n";

    @Inject
    MovableClock clock;
    @Inject
    RetentionJob job;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(MovableClockFactory.PROPERTY, "true");
    }

    @BeforeEach
    void march2027() {
        clock.jumpTo(T0);
    }

    @Test
    void answersAndCommentsOlderThanTheRetentionAreErasedAndTheWavesResultsRemain() {
        api.importCsv(Staff.team("Data", 4), false);
        String old = answeredAndClosed("2027-Q1");
        clock.jumpTo(T0.plus(Duration.ofDays(365)));
        String recent = answeredAndClosed("2028-Q1");
        assertEquals(6, responsesOf(old) + responsesOf(recent));

        clock.jumpTo(plus(T0, Period.ofYears(5)).plus(Duration.ofDays(1)));
        job.run();
        job.run();

        assertEquals(0, responsesOf(old), "closed five years and a day ago: its answers are erased");
        assertEquals(3, responsesOf(recent), "closed four years ago: kept");
        assertEquals(3 * 6, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM response_answer"), "only the recent ratings");
        Map<String, Object> stress = stress(old);
        assertEquals(3, ((Number) stress.get("n")).intValue(), "the results of the erased wave remain: " + stress);
        assertEquals(3.0, ((Number) stress.get("mean")).doubleValue(), 1e-9);
        Map<String, Object> comments = api.retrieve(HttpRequest.GET("/api/v1/waves/" + old + "/comments"));
        assertEquals(true, comments.get("erased"), comments.toString());
        assertEquals(List.of(), comments.getOrDefault("groups", List.of()), "no group, no comment");
        assertEquals(false, api.retrieve(HttpRequest.GET("/api/v1/waves/" + recent + "/comments")).get("erased"));
        HrPages hr = HrPages.asAdmin(server.getURL());
        assertTrue(hr.get("/hr/comments?wave=" + old + "&lang=en", "en").contains("were erased with its answers"));
        assertTrue(hr.get("/hr/comments?wave=" + old + "&lang=fr", "fr").contains("ont été effacés avec ses réponses"));
        List<Map<String, Object>> erasures = auditOf("answers.erase", old);
        assertEquals(1, erasures.size(), "erased and audited once, however many runs: " + erasures);
        assertEquals("system", erasures.get(0).get("actor"));
        assertTrue(((String) erasures.get(0).get("target")).contains("(2027-Q1), closed more than P5Y ago: 3 answer(s)"),
                erasures.toString());
        assertEquals(List.of(), auditOf("answers.erase", recent));
    }

    @Test
    void leaversAreErasedNinetyDaysAfterTheyLeftUnlessBackOrStillInvited() {
        api.importCsv(staff("invited", "s1", "s2", "s3"), false);
        String wave = openWave("2027-Q1");
        api.importCsv(staff("old", "back", "recent"), false);
        api.importCsv(staff("s1", "s2", "s3", "recent"), true);
        clock.jumpTo(T0.plus(Duration.ofDays(60)));
        api.importCsv(staff("s1", "s2", "s3", "back"), true);
        assertEquals(1, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM employee WHERE email = 'back@example.com' "
                + "AND active AND deactivated_at IS NULL"), "back on the list: no longer a leaver");

        clock.jumpTo(T0.plus(Duration.ofDays(91)));
        job.run();

        assertEquals(List.of("back", "invited", "recent", "s1", "s2", "s3"), directory(),
                "old left 91 days ago: erased; recent 31 days ago and back: kept; invited: still invited to an open wave");
        assertEquals(6, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM employee_attribute"), "old's team went with them");

        api.closeWave(wave);
        job.run();

        assertEquals(List.of("back", "recent", "s1", "s2", "s3"), directory(), "the wave closed: invited is erased too");
        assertEquals(4, ((Number) api.wave(wave).get("invited")).intValue(), "the wave's totals do not change");
        List<Map<String, Object>> erasures = auditOf("employees.erase", "");
        assertEquals(2, erasures.size(), erasures.toString());
        for (Map<String, Object> entry : erasures) {
            assertEquals("system", entry.get("actor"));
            assertEquals("1 directory entry of people gone for more than P90D", entry.get("target"), "a count, never a name");
        }
    }

    /** The Data team (four people) answers a new wave, three of them with stress 2, 3 and 4 and a comment; then it closes. */
    private String answeredAndClosed(String label) {
        String wave = openWave(label);
        api.awaitDelivered(wave, Duration.ofSeconds(30));
        Answers answers = Answers.from(api, outbox());
        for (int i = 1; i <= 3; i++) {
            answers.answer("data-" + i + "@example.com", i + 1, "Note " + i + " of " + label);
        }
        api.closeWave(wave);
        CleanDatabase.emptyFolder(outbox());
        return wave;
    }

    /** A wave with threshold 3, closing a year after the service's now. */
    private String openWave(String label) {
        String closesAt = clock.instant().plus(Duration.ofDays(365)).toString();
        String id = (String) api.retrieve(HttpRequest.POST("/api/v1/waves", Map.of("label", label,
                "template", "wellbeing-barometer", "closesAt", closesAt, "anonymityThreshold", 3))).get("id");
        api.openWave(id);
        return id;
    }

    private long responsesOf(String wave) {
        return Jdbc.count(getProperties(), "SELECT COUNT(*) FROM response WHERE wave_id = '" + wave + "'");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> stress(String wave) {
        Map<String, Object> results = api.retrieve(HttpRequest.GET("/api/v1/waves/" + wave + "/results"));
        Map<String, Object> whole = ((List<Map<String, Object>>) results.get("groups")).get(0);
        return (Map<String, Object>) ((Map<String, Object>) whole.get("questions")).get("stress");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> auditOf(String action, String about) {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) api.retrieve(
                HttpRequest.GET("/api/v1/audit?size=500")).get("entries");
        return entries.stream().filter(e -> action.equals(e.get("action")) && ((String) e.get("target")).contains(about)).toList();
    }

    /** The local parts of the directory's addresses, sorted. */
    private List<String> directory() {
        return List.of("back", "invited", "old", "recent", "s1", "s2", "s3").stream()
                .filter(name -> Jdbc.count(getProperties(), "SELECT COUNT(*) FROM employee WHERE email = '"
                        + name + "@example.com'") == 1)
                .toList();
    }

    private static String staff(String... names) {
        StringBuilder csv = new StringBuilder(STAFF_HEADER);
        for (String name : names) {
            csv.append(name).append("@example.com,").append(name).append(",Data\n");
        }
        return csv.toString();
    }

    private static Instant plus(Instant instant, Period period) {
        return instant.atZone(ZoneOffset.UTC).plus(period).toInstant();
    }

    private Path outbox() {
        return Path.of(property("barometer.mail.dir"));
    }
}
