package org.barometer.demo;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.Jdbc;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A start in demo mode on the embedded database: an organisation full of answers that the JSON
 * API shows as an evaluator would read it — results for most teams, the small team hidden, stress
 * rising in one department, clarity up after the change — and nothing seeded twice.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoIntegrationTest implements TestPropertyProvider {

    private static final String SMALL_TEAM = "Legal";

    @Inject
    EmbeddedServer server;
    @Inject
    DemoSeeder seeder;

    private BarometerApi api;
    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = new HashMap<>(ServiceProperties.on(TestDatabase.H2));
            properties.put("barometer.demo", "true");
            properties.put("barometer.mail.poll-interval", "1h");
        }
        return properties;
    }

    @BeforeEach
    void signIn() {
        api = BarometerApi.at(server.getURL());
    }

    @Test
    void fourClosedQuarterlyWavesAndAnOpenOneOverThreeHundredEmployees() {
        List<Map<String, Object>> waves = waves();

        assertEquals(300, Jdbc.count(properties, "SELECT COUNT(*) FROM employee WHERE active"));
        assertEquals(12, Jdbc.count(properties, "SELECT COUNT(DISTINCT attr_value) FROM employee_attribute WHERE name = 'team'"));
        assertEquals(List.of("CLOSED", "CLOSED", "CLOSED", "CLOSED", "OPEN"),
                waves.stream().map(w -> w.get("status")).toList());
        assertEquals("HR", role("hr@demo.example"));
    }

    @Test
    void everyClosedWaveShowsMostTeamsAndHidesTheSmallOne() {
        for (Map<String, Object> wave : waves().subList(0, 4)) {
            Map<String, Map<String, Object>> teams = byTeam(results(wave.get("id"), "team"));

            assertEquals(12, teams.size());
            assertEquals(true, teams.get(SMALL_TEAM).get("suppressed"), wave.get("label") + ": 3 people < k = 5");
            long visible = teams.values().stream().filter(t -> !(Boolean) t.get("suppressed")).count();
            assertTrue(visible >= 9, wave.get("label") + ": only " + visible + " teams visible");
        }
    }

    @Test
    void answersWentThroughTheRealPathsSoTheTallyAndTheStoredAnswersAgree() {
        // The demo answers the open wave at start-up; the ballot box releases them within moments.
        Jdbc.awaitReleased(properties);
        for (Map<String, Object> wave : waves()) {
            String id = (String) wave.get("id");
            long waiting = Jdbc.count(properties, "SELECT COUNT(*) FROM ballot WHERE wave_id = '" + id + "'");
            long stored = waiting + Jdbc.count(properties, "SELECT COUNT(*) FROM response WHERE wave_id = '" + id + "'");
            Map<String, Object> whole = groups(results(id, null)).get(0);

            assertEquals(stored, ((Number) map(whole.get("participation")).get("responded")).longValue());
            assertEquals(stored, ((Number) wave.get("responded")).longValue());
            assertTrue(stored > 120, wave.get("label") + ": " + stored + " answers");
            if ("CLOSED".equals(wave.get("status"))) {
                assertEquals(0, waiting, wave.get("label") + ": closing empties the ballot box");
                Map<String, Object> stress = map(map(whole.get("questions")).get("stress"));
                assertEquals(stored, ((Number) stress.get("n")).longValue(), wave.get("label") + " results");
            } else {
                assertTrue(waiting < 5, "the open wave's answers leave the box by fives: " + waiting + " wait");
                assertEquals(null, whole.get("questions"), "an open wave shows its participation only");
            }
        }
    }

    @Test
    void stressRisesInEngineeringOnlyAndClarityImprovesAfterTheChange() {
        Map<String, Map<String, Object>> stress = series(trend("stress", "department"));
        Map<String, Object> clarity = series(trend("clarity", null)).get("");

        assertTrue(slope(stress.get("Engineering")) > 0.2, "Engineering stress slope " + slope(stress.get("Engineering")));
        assertTrue(Math.abs(slope(stress.get("Sales"))) < 0.15, "Sales stress slope " + slope(stress.get("Sales")));
        assertTrue(Math.abs(slope(stress.get("Operations"))) < 0.15, "Operations stress slope " + slope(stress.get("Operations")));
        assertTrue(verdicts(stress.get("Engineering")).stream().filter("worsened"::equals).count() >= 2,
                "Engineering stress changes: " + verdicts(stress.get("Engineering")));
        assertTrue(!verdicts(stress.get("Sales")).contains("worsened"), "Sales: " + verdicts(stress.get("Sales")));
        assertEquals("improved", map(points(clarity).get(DemoAnswers.CHANGE_WAVE).get("change")).get("verdict"));
    }

    /**
     * The demo's planted effects are the wave's findings: stress and workload rising in
     * Engineering, clarity improving everywhere; its steady questions change in no finding.
     */
    @Test
    void theLastClosedWavesFindingsAreThePlantedEffectsAndOnlyThem() {
        Object last = waves().get(3).get("id");
        List<Map<String, Object>> findings = findings(last, "en");
        List<Map<String, Object>> overTime = findings.stream()
                .filter(f -> List.of("trend", "change", "yearOnYear").contains(f.get("kind"))).toList();

        assertTrue(overTime.stream().anyMatch(f -> "stress".equals(f.get("question")) && "worse".equals(f.get("direction"))
                && "Engineering".equals(map(f.get("segment")).get("department"))), "Engineering stress: " + overTime);
        assertTrue(overTime.stream().anyMatch(f -> "workload".equals(f.get("question")) && "worse".equals(f.get("direction"))
                && "Engineering".equals(map(f.get("segment")).get("department"))), "Engineering workload: " + overTime);
        assertTrue(overTime.stream().anyMatch(f -> "clarity".equals(f.get("question")) && "better".equals(f.get("direction"))
                && map(f.get("segment")).isEmpty()), "clarity: " + overTime);
        assertTrue(overTime.stream().noneMatch(f -> List.of("interruptions", "autonomy", "support").contains(f.get("question"))),
                "the steady questions: " + overTime);
        assertTrue(findings.stream().noneMatch(f -> SMALL_TEAM.equals(map(f.get("segment")).get("team"))), "the hidden team");
        Map<String, Object> first = findings.get(0);
        assertTrue(((String) first.get("text")).matches(".+: (worse|better) .+ \\(95% interval .+\\)\\..*"), first.get("text").toString());
        assertTrue(((String) findings(last, "fr").get(0).get("text")).contains("intervalle à 95\u00a0%"));
    }

    /**
     * The trends page says each line's trend over the last waves (Engineering's stress getting
     * worse, Sales' no clear trend) and draws by default the teams whose stress moved most, the
     * rising Engineering teams, not the first six by name.
     */
    @Test
    void theTrendsPageSaysEachLinesTrendAndDrawsTheTeamsThatMovedMost() {
        String byDepartment = page("/hr/trends?question=stress&by=department&wave=" + waves().get(3).get("id"));
        String byTeam = page("/hr/trends?question=stress&by=team&wave=" + waves().get(3).get("id"));

        assertTrue(byDepartment.matches("(?s).*<th scope=\"row\">Engineering</th>.*?<td class=\"line-trend worse\">\\s*"
                + "<span>getting worse</span>.*"), byDepartment);
        assertTrue(byDepartment.matches("(?s).*<th scope=\"row\">Sales</th>.*?<td class=\"line-trend\">\\s*<span>no clear trend</span>.*"));
        assertTrue(byTeam.matches("(?s).*<th scope=\"row\">Platform</th>.*?<td class=\"line-trend worse\">.*"),
                "a team's line says it moved, though the findings tell it for Engineering: " + byTeam);
        String chart = byTeam.substring(byTeam.indexOf("/api/v1/charts/trend.png"));
        chart = chart.substring(0, chart.indexOf('"'));
        long engineering = java.util.stream.Stream.of("Platform", "Mobile", "Data", "Web").filter(chart::contains).count();
        assertTrue(engineering >= 3, "the rising teams are drawn: " + chart);
    }

    /**
     * The leadership report's first page is its summary, with the demo's planted effects among
     * its findings, in French and English; the whole report stays within six pages for 12 teams.
     */
    @Test
    void theReportsFirstPageSaysThePlantedEffectsInBothLanguages() throws Exception {
        Object last = waves().get(3).get("id");
        for (String lang : List.of("en", "fr")) {
            byte[] pdf = api.http().retrieve(HttpRequest.GET("/api/v1/waves/" + last + "/report.pdf?lang=" + lang + "&by=team")
                    .bearerAuth(api.login()), byte[].class);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(1);
                stripper.setEndPage(1);
                String first = stripper.getText(document).replaceAll("\\s+", " ");

                assertTrue(document.getNumberOfPages() <= 6, lang + ": " + document.getNumberOfPages() + " pages");
                assertTrue(first.contains("Engineering"), lang + ", page 1: " + first);
                assertTrue(first.contains("en".equals(lang) ? "Stress" : "stress"), lang + ", page 1: " + first);
                assertTrue(first.contains("en".equals(lang) ? "larity" : "larté"), lang + ", page 1: " + first);
            }
        }
    }

    @Test
    void driversSplitTheIndexBetweenTheQuestionsForTheOrganisationAndLargeGroups() {
        Map<String, Object> drivers = api.retrieve(HttpRequest.GET("/api/v1/waves/" + waves().get(3).get("id") + "/drivers?by=department"));
        List<Map<String, Object>> groups = ((List<?>) drivers.get("groups")).stream().map(DemoIntegrationTest::map).toList();

        assertTrue(map(groups.get(0).get("segment")).isEmpty(), "the organisation first");
        assertTrue(groups.size() >= 2, "departments of 60 answers and more: " + groups.size());
        for (Map<String, Object> group : groups) {
            List<Map<String, Object>> shares = ((List<?>) group.get("drivers")).stream().map(DemoIntegrationTest::map).toList();
            assertEquals(6, shares.size());
            assertEquals(1.0, shares.stream().mapToDouble(x -> ((Number) x.get("share")).doubleValue()).sum(), 0.001);
        }
        HttpClientResponseException open = BarometerApi.failure(() -> api.retrieve(
                HttpRequest.GET("/api/v1/waves/" + waves().get(4).get("id") + "/findings")));
        assertEquals(409, open.getStatus().getCode(), "an open wave has no findings");
    }

    @Test
    void aSecondStartSeedsNothing() {
        long responses = Jdbc.count(properties, "SELECT COUNT(*) FROM response");

        assertTrue(seeder.seed().isEmpty());
        assertEquals(responses, Jdbc.count(properties, "SELECT COUNT(*) FROM response"));
        assertEquals(5, waves().size());
        assertEquals(300, Jdbc.count(properties, "SELECT COUNT(*) FROM employee"));
    }

    private List<Map<String, Object>> waves() {
        List<Map<String, Object>> waves = api.http().retrieve(HttpRequest.GET("/api/v1/waves").bearerAuth(api.login()),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        return waves.stream().sorted((a, b) -> ((String) a.get("label")).compareTo((String) b.get("label"))).toList();
    }

    private Map<String, Object> results(Object waveId, String by) {
        return api.retrieve(HttpRequest.GET("/api/v1/waves/" + waveId + "/results" + (by == null ? "" : "?by=" + by)));
    }

    private String page(String path) {
        return api.http().retrieve(HttpRequest.GET(path).bearerAuth(api.login()).header("Accept", "text/html")
                .header("Accept-Language", "en"), String.class);
    }

    private List<Map<String, Object>> findings(Object waveId, String lang) {
        return ((List<?>) api.retrieve(HttpRequest.GET("/api/v1/waves/" + waveId + "/findings?lang=" + lang)).get("findings"))
                .stream().map(DemoIntegrationTest::map).toList();
    }

    private Map<String, Object> trend(String question, String by) {
        return api.retrieve(HttpRequest.GET("/api/v1/trends?template=wellbeing-barometer&question=" + question
                + (by == null ? "" : "&by=" + by)));
    }

    private String role(String email) {
        return Jdbc.count(properties, "SELECT COUNT(*) FROM hr_user WHERE role = 'HR' AND email = '" + email + "'") == 1
                ? "HR" : "none";
    }

    private static Map<String, Map<String, Object>> byTeam(Map<String, Object> results) {
        return groups(results).stream().collect(Collectors.toMap(g -> map(g.get("segment")).get("team").toString(), g -> g));
    }

    private static Map<String, Map<String, Object>> series(Map<String, Object> trend) {
        return ((List<?>) trend.get("series")).stream().map(DemoIntegrationTest::map).collect(Collectors.toMap(
                s -> map(s.get("segment")).values().stream().map(Object::toString).findFirst().orElse(""), s -> s));
    }

    /** The verdicts of the changes between consecutive waves, oldest first. */
    private static List<Object> verdicts(Map<String, Object> series) {
        return points(series).stream().filter(p -> p.get("change") != null)
                .map(p -> map(p.get("change")).get("verdict")).toList();
    }

    private static double slope(Map<String, Object> series) {
        return ((Number) map(series.get("slope")).get("value")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> groups(Map<String, Object> results) {
        return (List<Map<String, Object>>) results.get("groups");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> points(Map<String, Object> series) {
        return (List<Map<String, Object>>) series.get("points");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
