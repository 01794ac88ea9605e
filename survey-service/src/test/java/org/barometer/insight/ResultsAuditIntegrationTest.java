package org.barometer.insight;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import org.barometer.testing.HrPages;
import org.barometer.testing.HrUsers;
import org.barometer.testing.ServiceTest;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every read of a wave's results, comments, charts, CSV and report, through the API or the
 * dashboard's pages, is in the audit log with who read it, which wave and which breakdown; a read
 * that is refused records nothing, and no entry says who answered or what.
 */
abstract class ResultsAuditIntegrationTest extends ServiceTest {

    private static final String VIEWER = "viewer-audit@test.example";

    @Test
    void eachReadOfResultsIsRecordedWithItsReaderWaveAndBreakdown() {
        String wave = new SeededWaves(api, Path.of(property("barometer.mail.dir"))).twoWaves();
        HrUsers.add(getProperties(), VIEWER, "VIEWER");
        HrPages viewer = HrPages.as(server.getURL(), VIEWER, HrUsers.PASSWORD);
        String about = "wave " + wave + " (2026-Q3)";
        List<List<String>> expected = new ArrayList<>();

        read(viewer, "/api/v1/waves/" + wave + "/results?by=team");
        expected.add(List.of("results.view", about + ", by=team, GET /api/v1/waves/{id}/results"));
        read(viewer, "/api/v1/waves/" + wave + "/comments?by=department");
        expected.add(List.of("comments.view", about + ", by=department, GET /api/v1/waves/{id}/comments"));
        read(viewer, "/api/v1/waves/" + wave + "/results.csv?by=team");
        expected.add(List.of("results.export", about + ", by=team"));
        read(viewer, "/api/v1/waves/" + wave + "/report.pdf?lang=en");
        expected.add(List.of("report.download", about + ", lang=en, by=team, comments=false"));
        read(viewer, "/api/v1/trends?template=wellbeing-barometer&question=stress&by=team");
        expected.add(List.of("results.view", "trend of wellbeing-barometer / stress, by=team, GET /api/v1/trends"));
        read(viewer, "/api/v1/charts/trend.png?template=wellbeing-barometer&question=stress&by=team&segments=Sales");
        expected.add(List.of("chart.view", "trend of wellbeing-barometer / stress, by=team, segments=Sales, GET /api/v1/charts/trend.png"));
        read(viewer, "/api/v1/charts/heatmap.svg?wave=" + wave + "&by=department");
        expected.add(List.of("chart.view", about + ", by=department, GET /api/v1/charts/heatmap.svg"));
        read(viewer, "/api/v1/charts/heatmap.png?wave=" + wave);
        expected.add(List.of("chart.view", about + ", by=team, GET /api/v1/charts/heatmap.png"));
        read(viewer, "/api/v1/charts/distribution.png?wave=" + wave + "&by=team&segment=Sales");
        expected.add(List.of("chart.view", about + ", by=team, segment=Sales, GET /api/v1/charts/distribution.png"));
        read(viewer, "/api/v1/charts/distribution.svg?wave=" + wave);
        expected.add(List.of("chart.view", about + ", by=none, GET /api/v1/charts/distribution.svg"));

        read(viewer, "/hr?wave=" + wave);
        expected.add(List.of("results.view", about + ", by=team, GET /hr"));
        read(viewer, "/hr/trends?wave=" + wave + "&question=stress&by=department");
        expected.add(List.of("results.view", about + ", by=department, GET /hr/trends"));
        read(viewer, "/hr/heatmap?wave=" + wave + "&by=team");
        expected.add(List.of("results.view", about + ", by=team, GET /hr/heatmap"));
        read(viewer, "/hr/distribution?wave=" + wave);
        expected.add(List.of("results.view", about + ", by=none, GET /hr/distribution"));
        read(viewer, "/hr/comments?wave=" + wave + "&by=team");
        expected.add(List.of("comments.view", about + ", by=team, GET /hr/comments"));

        List<List<String>> newestFirst = new ArrayList<>(expected);
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, entriesOf(VIEWER));
        // The import names the addresses it put in each group (A4); no read of results names anyone.
        String wholeLog = entries().stream().filter(e -> !"employees.import".equals(e.get("action"))).toList().toString();
        assertFalse(wholeLog.contains("@example.com") || wholeLog.contains(" note"), "no employee, no comment: " + wholeLog);
    }

    @Test
    void aRefusedReadRecordsNothing() {
        String wave = new SeededWaves(api, Path.of(property("barometer.mail.dir"))).wave("2026-Q3", 5);
        // Another account than the other test's: the audit log is kept from test to test.
        String reader = "viewer-refused@test.example";
        HrUsers.add(getProperties(), reader, "VIEWER");
        HrPages viewer = HrPages.as(server.getURL(), reader, HrUsers.PASSWORD);

        String badBy = "by=" + URLEncoder.encode("team; drop", StandardCharsets.UTF_8);
        for (String path : List.of("/api/v1/waves/" + wave + "/results?" + badBy, "/api/v1/waves/" + wave + "/comments?" + badBy,
                "/api/v1/waves/" + UUID.randomUUID() + "/results", "/api/v1/charts/heatmap.png?wave=not-a-wave",
                "/api/v1/charts/distribution.png?wave=" + wave + "&" + badBy, "/hr/heatmap?wave=" + wave + "&" + badBy,
                "/hr/comments?wave=" + UUID.randomUUID(), "/hr?wave=not-a-wave")) {
            HttpResponse<String> refused = viewer.exchange(HttpRequest.GET(path));
            assertTrue(refused.getStatus().getCode() >= 400 && refused.getStatus().getCode() < 500, path + ": " + refused.getStatus());
        }
        assertEquals(List.of(), entriesOf(reader));
    }

    private static void read(HrPages reader, String path) {
        MutableHttpRequest<?> request = HttpRequest.GET(path);
        HttpResponse<String> response = reader.exchange(request);
        assertEquals(HttpStatus.OK, response.getStatus(), path);
    }

    /** Action and target of what {@code email} did after signing in, newest first. */
    private List<List<String>> entriesOf(String email) {
        return entries().stream().filter(e -> email.equals(e.get("actor")) && !"login".equals(e.get("action")))
                .map(e -> Arrays.asList((String) e.get("action"), (String) e.get("target"))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> entries() {
        return (List<Map<String, Object>>) api.retrieve(HttpRequest.GET("/api/v1/audit?size=100")).get("entries");
    }
}
