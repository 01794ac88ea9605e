package org.barometer.insight;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.CleanDatabase;
import org.barometer.testing.EmlOutbox;
import org.barometer.testing.Jdbc;
import org.barometer.testing.ServiceTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Results, trends and comments through HTTP, from answers submitted with real links. Every
 * expected figure is worked out by hand from the seeded answers, next to the assertion.
 */
abstract class InsightIntegrationTest extends ServiceTest {

    private static final double EPS = 1e-9;

    /**
     * Threshold 5. Every rated answer is 3 except stress:
     * Sales 8 invited, 8 answer, stress 4 each; Support 6 invited, the 6th never answers, person i
     * answers stress i (1..5); Legal 5/5 and Tiny 3/3 answer stress 2; one person without a team
     * answers stress 2. Whole wave: 23 invited, 22 answered.
     */
    String seededWave(String label) {
        return seededWave(label, 4, 5);
    }

    /** The seeded wave with Sales answering {@code salesStress} and the first {@code supportAnswering} of Support. */
    String seededWave(String label, int salesStress, int supportAnswering) {
        api.importCsv(staff(team("Sales", 8, "Commercial"), team("Support", 6, "Operations"),
                team("Legal", 5, "Operations"), team("Tiny", 3, "Operations"), team("", 1, "Operations")), false);
        String waveId = openAndDeliver(label);
        Map<String, String> tokens = tokens();
        for (int i = 1; i <= 8; i++) {
            answer(tokens.get("sales-" + i + "@example.com"), salesStress, "Sales note " + i);
        }
        for (int i = 1; i <= supportAnswering; i++) {
            answer(tokens.get("support-" + i + "@example.com"), i, "Support note " + i);
        }
        for (int i = 1; i <= 5; i++) {
            answer(tokens.get("legal-" + i + "@example.com"), 2, null);
        }
        for (int i = 1; i <= 3; i++) {
            answer(tokens.get("tiny-" + i + "@example.com"), 2, "Tiny note " + i);
        }
        answer(tokens.get("none-1@example.com"), 2, null);
        return waveId;
    }

    @Test
    void resultsByTeamShowHandComputedFiguresAndHideSmallTeamsAndTheirComplement() {
        String waveId = seededWave("2026-Q2");

        Map<String, Object> results = results(waveId, "team");

        assertEquals(5, ((Number) results.get("threshold")).intValue());
        assertEquals("OPEN", map(results.get("wave")).get("status"));
        assertNotNull(map(results.get("index")).get("value"), "the whole wave (22 ≥ 5) has an index");
        Map<String, Map<String, Object>> groups = byTeam(results);
        assertEquals(List.of("Legal", "Sales", "Support", "Tiny"), List.copyOf(groups.keySet()),
                "one group per team, alphabetical; the person without a team is no group");
        // Tiny (3 < 5) is hidden; Tiny + the teamless person = 4 could be had by subtraction, so
        // the smallest visible team, Legal (5 answered of 5), is hidden too: 9 ≥ 5 hidden.
        assertHidden(groups.get("Tiny"));
        assertHidden(groups.get("Legal"));
        // Support: stress 1,2,3,4,5 → n 5, mean 15/5 = 3, sd √(Σ(x−3)²/4) = √(10/4), median 3,
        // favourable (stress is negative: boxes 1–2) 2/5.
        Map<String, Object> support = groups.get("Support");
        assertEquals(false, support.get("suppressed"));
        assertEquals(Map.of("invited", 6, "responded", 5), support.get("participation"));
        Map<String, Object> stress = question(support, "stress");
        assertEquals(5, ((Number) stress.get("n")).intValue());
        assertEquals(3.0, number(stress, "mean"), EPS);
        assertEquals(Math.sqrt(10.0 / 4), number(stress, "sd"), EPS);
        assertEquals(3.0, number(stress, "median"), EPS);
        assertEquals(0.4, number(stress, "favorable"), EPS);
        assertEquals(Map.of("1", 1, "2", 1, "3", 1, "4", 1, "5", 1), stress.get("distribution"));
        assertEquals(2, ((List<?>) stress.get("ci95")).size());
        // Sales: eight times 4 → mean 4, sd 0, interval collapsed on the mean.
        Map<String, Object> sales = question(groups.get("Sales"), "stress");
        assertEquals(8, ((Number) sales.get("n")).intValue());
        assertEquals(4.0, number(sales, "mean"), EPS);
        assertEquals(0.0, number(sales, "sd"), EPS);
        assertEquals(List.of(4.0, 4.0), sales.get("ci95"));
        assertEquals(Map.of("invited", 8, "responded", 8), groups.get("Sales").get("participation"));
    }

    @Test
    void withoutByTheWholeWaveIsOneGroup() {
        String waveId = seededWave("2026-Q2");

        List<Map<String, Object>> groups = groups(results(waveId, null));

        assertEquals(1, groups.size());
        Map<String, Object> whole = groups.get(0);
        assertEquals(Map.of(), whole.get("segment"));
        assertEquals(Map.of("invited", 23, "responded", 22), whole.get("participation"));
        // stress: 8×4 + (1+2+3+4+5) + 5×2 + 3×2 + 1×2 = 65 over 22 answers.
        assertEquals(65.0 / 22, number(question(whole, "stress"), "mean"), EPS);
        assertEquals(3.0, number(question(whole, "clarity"), "mean"), EPS);
    }

    @Test
    void closingStoresAggregatesThatGiveExactlyTheLiveJson() {
        String waveId = seededWave("2026-Q2");
        List<String> cuts = java.util.Arrays.asList(null, "team", "department", "location");
        List<String> live = new ArrayList<>();
        cuts.forEach(by -> live.add(resultsJson(waveId, by)));

        api.closeWave(waveId);

        assertTrue(Jdbc.count(getProperties(), "SELECT COUNT(*) FROM wave_histogram") > 0);
        assertEquals(1 + 4 + 2, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM wave_participation"),
                "whole wave, 4 teams, 2 departments");
        for (int i = 0; i < cuts.size(); i++) {
            assertEquals(live.get(i).replace("\"OPEN\"", "\"CLOSED\""), resultsJson(waveId, cuts.get(i)),
                    "by=" + cuts.get(i));
        }
    }

    @Test
    void noBreakdownLetsAnyoneRecoverTheTeamOfThree() {
        api.importCsv(staff(team("A", 20, "Ops"), team("B", 7, "Ops"), team("C", 3, "Ops")), false);
        String waveId = openAndDeliver("2026-Q2");
        tokens().values().forEach(token -> answer(token, 3, null));

        Map<String, Map<String, Object>> teams = byTeam(results(waveId, "team"));
        Map<String, Object> department = groups(results(waveId, "department")).get(0);

        assertHidden(teams.get("C"));
        assertHidden(teams.get("B"));
        assertFalse((Boolean) teams.get("A").get("suppressed"));
        // What a reader can subtract: the department (or the whole wave) minus the visible team.
        long departmentInvited = ((Number) map(department.get("participation")).get("invited")).longValue();
        long departmentResponded = ((Number) map(department.get("participation")).get("responded")).longValue();
        long wholeInvited = ((Number) api.wave(waveId).get("invited")).longValue();
        Map<String, Object> a = map(teams.get("A").get("participation"));
        assertEquals(10, departmentInvited - ((Number) a.get("invited")).longValue(), "B and C together, never C alone");
        assertEquals(10, departmentResponded - ((Number) a.get("responded")).longValue());
        assertEquals(10, wholeInvited - ((Number) a.get("invited")).longValue());
    }

    @Test
    void aTeamHiddenElsewhereCannotShieldTheTeamOfThreeFromItsDepartmentTotal() {
        // Ops: A (20), B (7), C (3). Sales: X (3), S (9). Within the team cut alone, hiding C and X
        // (6 ≥ k) would let B and S show; but Ops − A − B would be C, and Sales − S would be X.
        // B and S must hide too, live and from the stored aggregates.
        api.importCsv(staff(team("A", 20, "Ops"), team("B", 7, "Ops"), team("C", 3, "Ops"), team("X", 3, "Sales"),
                team("S", 9, "Sales")), false);
        String waveId = openAndDeliver("2026-Q2");
        tokens().values().forEach(token -> answer(token, 3, null));

        for (int pass = 0; pass < 2; pass++) {
            Map<String, Map<String, Object>> teams = byTeam(results(waveId, "team"));
            assertHidden(teams.get("C"));
            assertHidden(teams.get("X"));
            assertHidden(teams.get("B"));
            assertHidden(teams.get("S"));
            Map<String, Object> ops = groups(results(waveId, "department")).stream()
                    .filter(g -> "Ops".equals(map(g.get("segment")).get("department"))).findFirst().orElseThrow();
            long opsResponded = ((Number) map(ops.get("participation")).get("responded")).longValue();
            long visibleInOps = ((Number) map(teams.get("A").get("participation")).get("responded")).longValue();
            assertEquals(10, opsResponded - visibleInOps, "pass " + pass + ": B and C together, never C alone");
            if (pass == 0) {
                api.closeWave(waveId);
            }
        }
    }

    @Test
    void trendsOverTwoClosedWavesShowChangesAndHiddenPoints() {
        api.closeWave(seededWave("2026-Q2"));
        // Q3: Sales drops from eight 4s to eight 1s; only 4 of Support answer, so Support is
        // hidden, and Tiny + teamless + Support = 8 hidden is enough: Legal shows this time.
        String q3 = seededWave("2026-Q3", 1, 4);
        api.closeWave(q3);
        seededWave("2026-Q4", 4, 5);

        Map<String, Object> trend = trends("question=stress&by=team");
        Map<String, Map<String, Object>> series = new LinkedHashMap<>();
        ((List<?>) trend.get("series")).forEach(s -> series.put((String) map(map(s).get("segment")).get("team"), map(s)));

        assertEquals("stress", trend.get("question"));
        assertEquals(List.of("Legal", "Sales", "Support"), List.copyOf(series.keySet()), "Tiny is shown in no wave");
        List<Map<String, Object>> sales = points(series.get("Sales"));
        assertEquals(List.of("2026-Q2", "2026-Q3"), sales.stream().map(p -> p.get("wave")).toList(), "the open wave is left out");
        assertNull(sales.get(0).get("change"));
        Map<String, Object> change = map(sales.get(1).get("change"));
        assertEquals(-3.0, number(change, "delta"), EPS);
        for (String figure : List.of("pMannWhitney", "q", "effectSize")) {
            assertTrue(change.containsKey(figure), figure + " in " + change);
        }
        assertFalse(change.containsKey("pWelch"), "eight 4s against eight 1s: no variance, no Welch t");
        assertEquals("improved", change.get("verdict"), "less stress, q far below 0.05 (the only change of the family)");
        assertEquals(-3.0, number(map(series.get("Sales").get("slope")), "value"), EPS);
        assertEquals(Map.of("wave", "2026-Q3", "suppressed", true), points(series.get("Support")).get(1));
        assertEquals(Map.of("wave", "2026-Q2", "suppressed", true), points(series.get("Legal")).get(0));
        assertEquals(2.0, number(points(series.get("Legal")).get(1), "mean"), EPS);

        List<Map<String, Object>> withOpen = points(map(((List<?>) trends("question=stress&includeOpen=true")
                .get("series")).get(0)));
        assertEquals(3, withOpen.size(), "whole organisation, open wave included: " + withOpen);
        assertEquals(65.0 / 22, number(withOpen.get(2), "mean"), EPS);
    }

    @Test
    void commentsShowOnlyForVisibleGroups() {
        String waveId = seededWave("2026-Q2");

        Map<String, Map<String, Object>> groups = byTeam(api.retrieve(
                HttpRequest.GET("/api/v1/waves/" + waveId + "/comments?by=team")));
        List<?> whole = (List<?>) map(groups(api.retrieve(HttpRequest.GET("/api/v1/waves/" + waveId + "/comments")))
                .get(0)).get("comments");

        assertEquals(java.util.Set.of("Sales note 1", "Sales note 2", "Sales note 3", "Sales note 4", "Sales note 5",
                "Sales note 6", "Sales note 7", "Sales note 8"), java.util.Set.copyOf((List<?>) groups.get("Sales").get("comments")));
        assertEquals(5, ((List<?>) groups.get("Support").get("comments")).size());
        assertHidden(groups.get("Tiny"));
        assertHidden(groups.get("Legal"));
        assertEquals(8 + 5 + 3, whole.size(), "the whole wave (22 ≥ 5) shows every comment");
    }

    @Test
    void trendQueriesAreCheckedToo() {
        assertEquals(HttpStatus.BAD_REQUEST, BarometerApi.failure(() -> api.retrieve(HttpRequest.GET(
                "/api/v1/trends?template=no-such-template&question=stress"))).getStatus());
        assertEquals(HttpStatus.BAD_REQUEST, BarometerApi.failure(() -> trends("question=mood")).getStatus());
        assertEquals(HttpStatus.BAD_REQUEST, BarometerApi.failure(() -> trends("question=stress&by=A%20B")).getStatus());
    }

    @Test
    void badQueriesAreRefusedClearly() {
        String waveId = seededWave("2026-Q2");

        var badBy = BarometerApi.failure(() -> results(waveId, "Team;drop"));
        var unknownWave = BarometerApi.failure(() -> results("00000000-0000-0000-0000-000000000000", "team"));

        assertEquals(HttpStatus.BAD_REQUEST, badBy.getStatus());
        assertTrue(badBy.getResponse().getBody(String.class).orElse("").contains("by"));
        assertEquals(HttpStatus.NOT_FOUND, unknownWave.getStatus());
    }

    // --- seeding and reading -------------------------------------------------------------------

    static String staff(String... teams) {
        StringJoiner csv = new StringJoiner("", "email,name,locale,team,department\n", "");
        for (String team : teams) {
            csv.add(team);
        }
        return csv.toString();
    }

    /** {@code count} people of {@code team} (blank: no team, e-mails none-i@…). */
    static String team(String team, int count, String department) {
        StringBuilder rows = new StringBuilder();
        String prefix = team.isEmpty() ? "none" : team.toLowerCase();
        for (int i = 1; i <= count; i++) {
            rows.append(prefix).append('-').append(i).append("@example.com,Person ").append(i).append(",en,")
                    .append(team).append(',').append(department).append('\n');
        }
        return rows.toString();
    }

    String openAndDeliver(String label) {
        CleanDatabase.emptyFolder(Path.of(property("barometer.mail.dir")));
        String waveId = api.openedWave(label, 5);
        api.awaitDelivered(waveId, Duration.ofSeconds(30));
        return waveId;
    }

    Map<String, String> tokens() {
        return EmlOutbox.tokensByRecipient(Path.of(property("barometer.mail.dir")));
    }

    void answer(String token, int stress, String comment) {
        String body = "{\"token\":\"" + token + "\",\"answers\":{\"stress\":" + stress + ",\"clarity\":3,"
                + "\"interruptions\":3,\"autonomy\":3,\"workload\":3,\"support\":3}"
                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
        HttpStatus status = api.http().exchange(HttpRequest.POST("/api/v1/responses", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)).getStatus();
        assertEquals(HttpStatus.CREATED, status);
    }

    Map<String, Object> results(String waveId, String by) {
        return api.retrieve(HttpRequest.GET("/api/v1/waves/" + waveId + "/results" + (by == null ? "" : "?by=" + by)));
    }

    Map<String, Object> trends(String query) {
        return api.retrieve(HttpRequest.GET("/api/v1/trends?template=wellbeing-barometer&" + query));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> points(Map<String, Object> series) {
        return (List<Map<String, Object>>) series.get("points");
    }

    String resultsJson(String waveId, String by) {
        return api.http().retrieve(HttpRequest.GET("/api/v1/waves/" + waveId + "/results" + (by == null ? "" : "?by=" + by))
                .bearerAuth(api.login()), Argument.STRING);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> groups(Map<String, Object> results) {
        return (List<Map<String, Object>>) results.get("groups");
    }

    static Map<String, Map<String, Object>> byTeam(Map<String, Object> results) {
        Map<String, Map<String, Object>> teams = new LinkedHashMap<>();
        groups(results).forEach(g -> teams.put((String) map(g.get("segment")).get("team"), g));
        return teams;
    }

    static Map<String, Object> question(Map<String, Object> group, String key) {
        return map(map(group.get("questions")).get(key));
    }

    static double number(Map<String, Object> figures, String key) {
        return ((Number) figures.get(key)).doubleValue();
    }

    static void assertHidden(Map<String, Object> group) {
        assertEquals(true, group.get("suppressed"), String.valueOf(group));
        assertNull(group.get("participation"), String.valueOf(group));
        assertNull(group.get("questions"), String.valueOf(group));
        assertEquals(java.util.Set.of("segment", "suppressed"), group.keySet());
    }
}
