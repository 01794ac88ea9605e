package org.barometer.insight;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart endpoints over real HTTP, on the waves of {@link SeededWaves}: Tiny (3) is below k, Legal hidden to protect it. */
abstract class ChartIntegrationTest extends ServiceTest {

    @Test
    void trendPngHasTheRequestedSizeAndAHiddenTeamAddsNothingToIt() throws Exception {
        new SeededWaves(api, Path.of(property("barometer.mail.dir"))).twoWaves();

        HttpResponse<byte[]> png = get("/api/v1/charts/trend.png?template=wellbeing-barometer&question=stress"
                + "&by=team&segments=Sales&width=640&height=400&lang=fr");
        byte[] withTiny = get("/api/v1/charts/trend.png?template=wellbeing-barometer&question=stress"
                + "&by=team&segments=Sales,Tiny,Legal&width=640&height=400&lang=fr").body();

        assertEquals("image/png", png.getContentType().orElseThrow().toString());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertEquals(640, image.getWidth());
        assertEquals(400, image.getHeight());
        assertArrayEquals(png.body(), withTiny, "asking for hidden teams draws nothing more");
        List<String> texts = texts(get("/api/v1/charts/trend.svg?template=wellbeing-barometer&question=stress"
                + "&by=team&lang=fr").body());
        assertTrue(texts.contains("Toute l’organisation") && texts.contains("Sales") && texts.contains("Support"), texts.toString());
        assertTrue(texts.contains("Stress\u00a0: moyenne au fil des vagues"), texts.toString());
        assertFalse(texts.contains("Tiny") || texts.contains("Legal"), "hidden in every wave, no series: " + texts);
    }

    @Test
    void heatmapShowsFiguresOnlyForVisibleTeams() throws Exception {
        String waveId = new SeededWaves(api, Path.of(property("barometer.mail.dir"))).twoWaves();

        List<String> texts = texts(get("/api/v1/charts/heatmap.svg?wave=" + waveId + "&by=team&lang=en").body());
        HttpResponse<byte[]> png = get("/api/v1/charts/heatmap.png?wave=" + waveId + "&width=900&height=500");

        assertTrue(texts.containsAll(List.of("Legal", "Sales", "Support", "Tiny")), "every team is named: " + texts);
        assertEquals(2 * 6, texts.stream().filter("hidden"::equals).count(), "Legal and Tiny, six questions each");
        assertEquals(2 * 6, texts.stream().filter(t -> t.matches("\\d\\.\\d.*")).count(),
                "figures only for Sales and Support: " + texts);
        // The ▲ ▼ marks are the wave's findings: Sales' stress, 2 to 5, worse.
        assertTrue(texts.contains("5.0 ▼"), "Sales' stress: " + texts);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertEquals(900, image.getWidth());
        assertEquals(500, image.getHeight());
    }

    @Test
    void aViewerAccountDrawsEveryChart() {
        String waveId = new SeededWaves(api, Path.of(property("barometer.mail.dir"))).closedWave("2026-Q2", 3);
        String email = "viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        api.retrieve(HttpRequest.POST("/api/v1/users", Map.of("email", email, "role", "VIEWER", "password", "a viewer's password")));
        BarometerApi viewer = BarometerApi.at(server.getURL(), email, "a viewer's password");

        for (String path : List.of("/api/v1/charts/distribution.svg?wave=" + waveId, "/api/v1/charts/heatmap.png?wave=" + waveId,
                "/api/v1/charts/trend.svg?template=wellbeing-barometer&question=stress")) {
            assertEquals(HttpStatus.OK, viewer.http().exchange(HttpRequest.GET(path).bearerAuth(viewer.login()), byte[].class)
                    .getStatus(), path);
        }
    }

    @Test
    void distributionIsDrawnForVisibleGroupsOnly() throws Exception {
        String waveId = new SeededWaves(api, Path.of(property("barometer.mail.dir"))).closedWave("2026-Q2", 3);

        List<String> whole = texts(get("/api/v1/charts/distribution.svg?wave=" + waveId + "&lang=fr").body());
        HttpResponse<byte[]> sales = get("/api/v1/charts/distribution.png?wave=" + waveId + "&by=team&segment=Sales");

        assertTrue(whole.containsAll(List.of("Stress", "Clarté", "Très défavorable", "Très favorable")), whole.toString());
        assertEquals(800, ImageIO.read(new ByteArrayInputStream(sales.body())).getWidth());
        ReportIntegrationTest.assertRefused(HttpStatus.NOT_FOUND, "Tiny", () -> get("/api/v1/charts/distribution.png?wave="
                + waveId + "&by=team&segment=Tiny"));
    }

    @Test
    void badChartRequestsAreRefusedClearly() {
        String waveId = new SeededWaves(api, Path.of(property("barometer.mail.dir"))).closedWave("2026-Q2", 3);
        String trend = "/api/v1/charts/trend.png?template=wellbeing-barometer&question=stress";

        ReportIntegrationTest.assertRefused(HttpStatus.BAD_REQUEST, "width", () -> get(trend + "&width=10"));
        ReportIntegrationTest.assertRefused(HttpStatus.BAD_REQUEST, "height", () -> get(trend + "&height=huge"));
        ReportIntegrationTest.assertRefused(HttpStatus.BAD_REQUEST, "lang", () -> get(trend + "&lang=de"));
        ReportIntegrationTest.assertRefused(HttpStatus.BAD_REQUEST, "mood",
                () -> get("/api/v1/charts/trend.svg?template=wellbeing-barometer&question=mood"));
        ReportIntegrationTest.assertRefused(HttpStatus.BAD_REQUEST, "segments", () -> get(trend + "&segments=Sales"));
        ReportIntegrationTest.assertRefused(HttpStatus.BAD_REQUEST, "wave", () -> get("/api/v1/charts/heatmap.png"));
        ReportIntegrationTest.assertRefused(HttpStatus.BAD_REQUEST, "wave", () -> get("/api/v1/charts/heatmap.png?wave=abc"));
        ReportIntegrationTest.assertRefused(HttpStatus.NOT_FOUND, "wave",
                () -> get("/api/v1/charts/heatmap.svg?wave=00000000-0000-0000-0000-000000000000"));
        ReportIntegrationTest.assertRefused(HttpStatus.BAD_REQUEST, "by",
                () -> get("/api/v1/charts/distribution.png?wave=" + waveId + "&segment=Sales"));
    }

    HttpResponse<byte[]> get(String uri) {
        return api.http().exchange(HttpRequest.GET(uri).bearerAuth(api.login()), byte[].class);
    }

    /** @return the text of every {@code <text>} element of a well-formed SVG */
    static List<String> texts(byte[] svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                new String(svg, StandardCharsets.UTF_8))));
        NodeList nodes = document.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

}
