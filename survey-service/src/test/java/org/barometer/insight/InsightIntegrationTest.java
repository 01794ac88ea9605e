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
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
     * Threshold 5, detail threshold 10. Sales (Commercial) 12 invited, all answer, every question
     * spread over the scale: person i answers stress 1 + (i + shift) % 5. Operations: Support 7
     * invited, the first {@code supportAnswering} answer stress 1, 2, 3, 4, 5, 1… and 3 to
     * everything else; Legal 5 (stress and clarity 1 + i % 5); Tiny 3 (stress 2); one person without
     * a team (stress 2). When the wave opens, Tiny (3 &lt; 5) is stored without its team, with the
     * person without one and with Legal (the cheapest partner): their profile is "Operations".
     */
    String seededWave(String label, int shift, int supportAnswering) {
        api.importCsv(staff(team("Sales", 12, "Commercial"), team("Support", 7, "Operations"),
                team("Legal", 5, "Operations"), team("Tiny", 3, "Operations"), team("", 1, "Operations")), false);
        String waveId = openAndDeliver(label);
        Map<String, String> tokens = tokens();
        for (int i = 1; i <= 12; i++) {
            answer(tokens.get("sales-" + i + "@example.com"), Map.of("stress", 1 + (i + shift) % 5,
                    "clarity", 1 + (i + 1) % 5, "interruptions", 1 + (i + 2) % 5, "autonomy", 1 + (i + 3) % 5,
                    "workload", 1 + (i + 4) % 5, "support", 1 + i % 5), "Sales note " + i);
        }
        for (int i = 1; i <= supportAnswering; i++) {
            answer(tokens.get("support-" + i + "@example.com"), threes(1 + (i - 1) % 5, 3), "Support note " + i);
        }
        for (int i = 1; i <= 5; i++) {
            answer(tokens.get("legal-" + i + "@example.com"), threes(1 + i % 5, 1 + i % 5), null);
        }
        for (int i = 1; i <= 3; i++) {
            answer(tokens.get("tiny-" + i + "@example.com"), threes(2, 3), "Tiny note " + i);
        }
        answer(tokens.get("none-1@example.com"), threes(2, 3), null);
        return waveId;
    }

    String seededWave(String label) {
        return seededWave(label, 0, 6);
    }

    /**
     * Closing stores, per profile, each pair of questions' sum of products (what the drivers need
     * besides the histograms); a wave of 27 answers is below the 60 (max(25, 10·6)) the drivers
     * need, so none are given, while its findings are.
     */
    @Test
    void closingStoresThePairsSumsOfProductsAndDriversNeedSixtyAnswers() {
        String waveId = seededWave("2026-Q1");
        api.closeWave(waveId);
        long expected = 0;
        for (int i = 1; i <= 12; i++) {
            expected += (1 + i % 5) * (1 + (i + 1) % 5); // Sales: stress × clarity
        }
        for (int i = 1; i <= 6; i++) {
            expected += (1 + (i - 1) % 5) * 3; // Support
        }
        for (int i = 1; i <= 5; i++) {
            expected += (1 + i % 5) * (1 + i % 5); // Legal
        }
        expected += 4 * 2 * 3; // Tiny and the person without a team

        assertEquals(expected, Jdbc.count(getProperties(), "SELECT SUM(x.total) FROM profile_cross_product x JOIN wave_profile p "
                + "ON p.id = x.profile_id WHERE p.wave_id = '" + waveId + "' AND x.question_a = 'clarity' AND x.question_b = 'stress'"));
        Map<String, Object> drivers = api.retrieve(HttpRequest.GET("/api/v1/waves/" + waveId + "/drivers?by=team"));
        assertEquals(60, ((Number) drivers.get("minimumAnswers")).intValue());
        assertEquals(List.of(), drivers.get("groups"));
        Map<String, Object> findings = api.retrieve(HttpRequest.GET("/api/v1/waves/" + waveId + "/findings?lang=fr"));
        assertEquals("fr", findings.get("language"));
        String all = findings.toString();
        assertFalse(all.contains("Legal") || all.contains("Tiny"), "the hidden teams appear in no finding: " + all);
    }

    @Test
    void anOpenWavePublishesItsParticipationOnly() {
        String waveId = seededWave("2026-Q2");

        Map<String, Object> results = results(waveId, "team");

        assertEquals(false, results.get("answers"));
        assertNull(results.get("index"));
        Map<String, Map<String, Object>> teams = byTeam(results);
        assertEquals(Map.of("invited", 12, "responded", 12), teams.get("Sales").get("participation"));
        assertEquals(Map.of("invited", 7, "responded", 6), teams.get("Support").get("participation"));
        assertNull(teams.get("Sales").get("questions"));
        assertHidden(teams.get("Tiny"), "fewer-than-k");
        assertHidden(teams.get("Legal"), "protects-smaller");
        Map<String, Object> comments = api.retrieve(HttpRequest.GET("/api/v1/waves/" + waveId + "/comments?by=team"));
        assertEquals(false, comments.get("answers"));
        assertTrue(comments.get("groups") == null || ((List<?>) comments.get("groups")).isEmpty(), "no comment: " + comments);
        for (String refused : List.of("/api/v1/waves/" + waveId + "/results.csv", "/api/v1/waves/" + waveId + "/report.pdf",
                "/api/v1/charts/heatmap.png?wave=" + waveId, "/api/v1/charts/distribution.png?wave=" + waveId)) {
            var failure = BarometerApi.failure(() -> api.http().exchange(HttpRequest.GET(refused).bearerAuth(api.login())
                    .accept(MediaType.ALL_TYPE)));
            assertEquals(HttpStatus.CONFLICT, failure.getStatus(), refused);
            assertTrue(failure.getResponse().getBody(String.class).orElse("").contains("still open"), refused);
        }
        assertEquals(HttpStatus.BAD_REQUEST, BarometerApi.failure(() -> trends("question=stress&includeOpen=true")).getStatus());
    }

    /**
     * The subtraction attack on a live wave (issue A2): read everything, let one more person
     * answer, read again. Only participation may have moved; no figure of answers is there to move.
     */
    @Test
    void readingAnOpenWaveTwiceAroundOneMoreAnswerGivesNothingButParticipation() {
        String waveId = seededWave("2026-Q2");
        List<String> reads = List.of("/api/v1/waves/" + waveId + "/results", "/api/v1/waves/" + waveId + "/results?by=team",
                "/api/v1/waves/" + waveId + "/results?by=department", "/api/v1/waves/" + waveId + "/comments?by=team",
                "/api/v1/trends?template=wellbeing-barometer&question=stress&by=team");
        List<String> before = reads.stream().map(this::json).toList();

        answer(tokens().get("support-7@example.com"), threes(4, 3), "A seventh note");
        Jdbc.awaitReleased(getProperties());

        for (int i = 0; i < reads.size(); i++) {
            assertEquals(withoutParticipation(before.get(i)), withoutParticipation(json(reads.get(i))), reads.get(i));
        }
        assertNotEquals(before.get(1), json(reads.get(1)), "participation itself stays live");
    }

    @Test
    void resultsByTeamOfAClosedWaveShowHandComputedFigures() throws SQLException {
        String waveId = seededWave("2026-Q2");
        api.closeWave(waveId);

        Map<String, Object> results = results(waveId, "team");

        assertEquals(true, results.get("answers"));
        Map<String, Map<String, Object>> groups = byTeam(results);
        assertEquals(List.of("Legal", "Sales", "Support", "Tiny"), List.copyOf(groups.keySet()),
                "every team the wave had, alphabetical; the person without a team is no group");
        assertHidden(groups.get("Tiny"), "fewer-than-k");
        assertHidden(groups.get("Legal"), "protects-smaller");
        // Sales stress, person i = 1..12: 1 + i % 5 → 2,3,4,5,1,2,3,4,5,1,2,3: counts 1:2 2:3 3:3 4:2 5:2,
        // n 12, mean 35/12, Σx² 123, sd √((123 − 12·(35/12)²)/11) = √(251/132), median (3+3)/2, favourable
        // (stress is negative: 1 and 2) 5/12.
        Map<String, Object> sales = question(groups.get("Sales"), "stress");
        assertEquals(12, ((Number) sales.get("n")).intValue());
        assertEquals(35.0 / 12, number(sales, "mean"), EPS);
        assertEquals(Math.sqrt(251.0 / 132), number(sales, "sd"), EPS);
        assertEquals(3.0, number(sales, "median"), EPS);
        assertEquals(5.0 / 12, number(sales, "favorable"), EPS);
        assertEquals(Map.of("1", 2, "2", 3, "3", 3, "4", 2, "5", 2), sales.get("distribution"));
        // Support stress 1,2,3,4,5,1: n 6, mean 16/6, Σx² 56, sd √((56 − 6·(16/6)²)/5) = √(8/3), median 2.5, favourable 3/6.
        Map<String, Object> support = question(groups.get("Support"), "stress");
        assertEquals(Map.of("invited", 7, "responded", 6), groups.get("Support").get("participation"));
        assertEquals(16.0 / 6, number(support, "mean"), EPS);
        assertEquals(Math.sqrt(8.0 / 3), number(support, "sd"), EPS);
        assertEquals(2.5, number(support, "median"), EPS);
        assertEquals(0.5, number(support, "favorable"), EPS);
        assertEquals(2, ((List<?>) support.get("ci95")).size());
        new PublishedCells(api, getProperties()).assertNoSmallUnionDerivable(waveId, 5, List.of("team", "department"));
    }

    /** B2: six people of Support all answered 3 to clarity; 6 is under the detail threshold (2k = 10). */
    @Test
    void aSmallGroupWhoAllAnsweredAlikeShowsOnlyOnWhichSide() {
        String waveId = seededWave("2026-Q2");
        api.closeWave(waveId);

        Map<String, Object> clarity = question(byTeam(results(waveId, "team")).get("Support"), "clarity");

        assertEquals(6, ((Number) clarity.get("n")).intValue());
        assertEquals("alike-unfavourable", clarity.get("withheld"), "3 is not among clarity's two best answers");
        for (String figure : List.of("mean", "sd", "median", "ci95", "favorable", "favorableCi95", "distribution")) {
            assertNull(clarity.get(figure), figure);
        }
        assertNull(question(byTeam(results(waveId, "team")).get("Sales"), "clarity").get("withheld"),
                "twelve varied answers show");
    }

    @Test
    void withoutByTheWholeWaveIsOneGroup() {
        String waveId = seededWave("2026-Q2");
        api.closeWave(waveId);

        List<Map<String, Object>> groups = groups(results(waveId, null));

        assertEquals(1, groups.size());
        Map<String, Object> whole = groups.get(0);
        assertEquals(Map.of(), whole.get("segment"));
        assertEquals(Map.of("invited", 28, "responded", 27), whole.get("participation"));
        // stress: Sales 1:2 2:3 3:3 4:2 5:2, Support 1:2 2:1 3:1 4:1 5:1, Legal one of each, Tiny and the
        // teamless 4 × 2 → 1:5 2:9 3:5 4:4 5:4, sum 5 + 18 + 15 + 16 + 20 = 74 over 27.
        assertEquals(74.0 / 27, number(question(whole, "stress"), "mean"), EPS);
        assertEquals(Map.of("1", 5, "2", 9, "3", 5, "4", 4, "5", 4), question(whole, "stress").get("distribution"));
        assertEquals(27L, ((Number) api.wave(waveId).get("responded")).longValue(), "the wave's total follows the same rule");
    }

    @Test
    void theDecisionIsTakenOnceStoredAndReadAlikeByEveryRequest() {
        String waveId = seededWave("2026-Q2");
        api.closeWave(waveId);

        String first = json("/api/v1/waves/" + waveId + "/results?by=team");

        assertEquals(1 + 4 + 2, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM wave_publication WHERE wave_id = '"
                + waveId + "'"), "the organisation, four teams, two departments: decided once, for every breakdown");
        assertEquals(first, json("/api/v1/waves/" + waveId + "/results?by=team"));
    }

    @Test
    void noBreakdownLetsAnyoneRecoverTheTeamOfThree() throws SQLException {
        api.importCsv(staff(team("A", 20, "Ops"), team("B", 7, "Ops"), team("C", 3, "Ops")), false);
        String waveId = openAndDeliver("2026-Q2");
        tokens().values().forEach(token -> answer(token, threes(3, 3), null));
        api.closeWave(waveId);

        Map<String, Map<String, Object>> teams = byTeam(results(waveId, "team"));
        Map<String, Object> department = groups(results(waveId, "department")).get(0);

        assertHidden(teams.get("C"), "fewer-than-k");
        assertHidden(teams.get("B"), "protects-smaller");
        assertFalse((Boolean) teams.get("A").get("suppressed"));
        long departmentResponded = ((Number) map(department.get("participation")).get("responded")).longValue();
        long a = ((Number) map(teams.get("A").get("participation")).get("responded")).longValue();
        assertEquals(10, departmentResponded - a, "B and C together, never C alone");
        new PublishedCells(api, getProperties()).assertNoSmallUnionDerivable(waveId, 5, List.of("team", "department"));
    }

    /**
     * The crossed cut: teams nested in departments, locations crossing both. Ops: A (Paris
     * 12, Lyon 8), B (Lyon 7), C (Lyon 6 invited, 3 answer); Sales: X (Paris 9), S (Lyon 8). With
     * teams, departments and locations all published, no combination may give C (or any part of a
     * team) with fewer than 5 answers.
     */
    @Test
    void crossedBreakdownsCannotBeCombinedToIsolateASmallTeam() throws SQLException {
        api.importCsv(staff3(crew("A", 12, "Ops", "Paris"), crew("A", 8, "Ops", "Lyon"), crew("B", 7, "Ops", "Lyon"),
                crew("C", 6, "Ops", "Lyon"), crew("X", 9, "Sales", "Paris"), crew("S", 8, "Sales", "Lyon")), false);
        String waveId = openAndDeliver("2026-Q2");
        tokens().forEach((email, token) -> {
            if (!email.startsWith("c-") || email.compareTo("c-lyon-4") < 0) {
                answer(token, threes(1 + email.length() % 5, 2 + Math.floorMod(email.hashCode(), 3)), null);
            }
        });
        api.closeWave(waveId);

        assertHidden(byTeam(results(waveId, "team")).get("C"), "fewer-than-k");
        new PublishedCells(api, getProperties()).assertNoSmallUnionDerivable(waveId, 5, List.of("team", "department", "location"));
    }

    @Test
    void commentsShowOnlyWhereNoOneCanBePlacedInAGroupUnderK() {
        String waveId = seededWave("2026-Q2");
        api.closeWave(waveId);

        Map<String, Map<String, Object>> groups = byTeam(api.retrieve(
                HttpRequest.GET("/api/v1/waves/" + waveId + "/comments?by=team")));
        List<?> whole = (List<?>) map(groups(api.retrieve(HttpRequest.GET("/api/v1/waves/" + waveId + "/comments")))
                .get(0)).get("comments");

        assertEquals(Set.of("Sales note 1", "Sales note 2", "Sales note 3", "Sales note 4", "Sales note 5", "Sales note 6",
                "Sales note 7", "Sales note 8", "Sales note 9", "Sales note 10", "Sales note 11", "Sales note 12"),
                Set.copyOf((List<?>) groups.get("Sales").get("comments")));
        assertEquals(6, ((List<?>) groups.get("Support").get("comments")).size());
        assertEquals(true, groups.get("Tiny").get("suppressed"));
        assertEquals(true, groups.get("Legal").get("suppressed"));
        assertEquals(12 + 6 + 3, whole.size(), "the organisation (27 answers) shows every comment, Tiny's among 9 others");
    }

    /**
     * Sales has 15 people: 10 in Paris who all answer, 5 in Lyon of whom 2 answer; Lyon also has 8
     * of Support. Sales and Lyon both show their figures, but a comment in both lists would be one
     * of those two people's: only one of the two lists shows its comments.
     */
    @Test
    void aCommentIsNeverShownInTwoGroupsWhoseCommonPartHasFewerThanKAnswers() {
        api.importCsv(staff3(crew("Sales", 10, "Commercial", "Paris"), crew("Sales", 5, "Commercial", "Lyon"),
                crew("Support", 8, "Operations", "Lyon"), crew("Support", 6, "Operations", "Paris")), false);
        String waveId = openAndDeliver("2026-Q2");
        tokens().forEach((email, token) -> {
            if (!email.startsWith("sales-lyon-") || email.compareTo("sales-lyon-3") < 0) {
                answer(token, threes(1 + email.length() % 5, 2 + email.length() % 3), "note of " + email);
            }
        });
        api.closeWave(waveId);

        Map<String, Object> sales = byValue(comments(waveId, "team"), "team").get("Sales");
        Map<String, Object> lyon = byValue(comments(waveId, "location"), "location").get("Lyon");

        assertFalse(!(Boolean) sales.get("suppressed") && !(Boolean) lyon.get("suppressed"),
                "Sales: " + sales + ", Lyon: " + lyon);
        assertEquals("protects-smaller", (Boolean) sales.get("suppressed") ? sales.get("hidden") : lyon.get("hidden"));
    }

    @Test
    void trendsOverTwoClosedWavesShowChangesAndHiddenPointsWithTheirReason() {
        api.closeWave(seededWave("2026-Q2"));
        // Q3: Sales' stress moves by two places on the scale for everyone; only 4 of Support answer.
        api.closeWave(seededWave("2026-Q3", 2, 4));
        seededWave("2026-Q4");

        Map<String, Object> trend = trends("question=stress&by=team");
        Map<String, Map<String, Object>> series = new LinkedHashMap<>();
        ((List<?>) trend.get("series")).forEach(s -> series.put((String) map(map(s).get("segment")).get("team"), map(s)));

        assertEquals("stress", trend.get("question"));
        assertEquals(List.of("Sales", "Support"), List.copyOf(series.keySet()), "Legal and Tiny are shown in no wave");
        List<Map<String, Object>> sales = points(series.get("Sales"));
        assertEquals(List.of("2026-Q2", "2026-Q3"), sales.stream().map(p -> p.get("wave")).toList(), "the open wave has no point");
        assertNull(sales.get(0).get("change"));
        // Q3: 1 + (i + 2) % 5 → 4,5,1,2,3,4,5,1,2,3,4,5: sum 39 over 12, against 35 in Q2.
        Map<String, Object> change = map(sales.get(1).get("change"));
        assertEquals(4.0 / 12, number(change, "delta"), EPS);
        for (String figure : List.of("pMannWhitney", "pWelch", "q", "effectSize", "verdict")) {
            assertTrue(change.containsKey(figure), figure + " in " + change);
        }
        assertEquals(Map.of("wave", "2026-Q3", "suppressed", true, "hidden", "fewer-than-k"), points(series.get("Support")).get(1));
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

    static String staff3(String... crews) {
        StringJoiner csv = new StringJoiner("", "email,name,locale,team,department,location\n", "");
        for (String crew : crews) {
            csv.add(crew);
        }
        return csv.toString();
    }

    /** {@code count} people of {@code team} at {@code location}, e-mails team-location-i@…. */
    static String crew(String team, int count, String department, String location) {
        StringBuilder rows = new StringBuilder();
        String prefix = team.toLowerCase() + "-" + location.toLowerCase();
        for (int i = 1; i <= count; i++) {
            rows.append(prefix).append('-').append(i).append("@example.com,Person ").append(i).append(",en,")
                    .append(team).append(',').append(department).append(',').append(location).append('\n');
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

    /** Stress and clarity as given, every other question 3. */
    static Map<String, Integer> threes(int stress, int clarity) {
        return Map.of("stress", stress, "clarity", clarity, "interruptions", 3, "autonomy", 3, "workload", 3, "support", 3);
    }

    void answer(String token, Map<String, Integer> ratings, String comment) {
        StringJoiner answers = new StringJoiner(",");
        ratings.forEach((key, value) -> answers.add("\"" + key + "\":" + value));
        String body = "{\"token\":\"" + token + "\",\"answers\":{" + answers + "}"
                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
        HttpStatus status = api.http().exchange(HttpRequest.POST("/api/v1/responses", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)).getStatus();
        assertEquals(HttpStatus.CREATED, status);
    }

    Map<String, Object> results(String waveId, String by) {
        return api.retrieve(HttpRequest.GET("/api/v1/waves/" + waveId + "/results" + (by == null ? "" : "?by=" + by)));
    }

    Map<String, Object> comments(String waveId, String by) {
        return api.retrieve(HttpRequest.GET("/api/v1/waves/" + waveId + "/comments?by=" + by));
    }

    Map<String, Object> trends(String query) {
        return api.retrieve(HttpRequest.GET("/api/v1/trends?template=wellbeing-barometer&" + query));
    }

    String json(String path) {
        return api.http().retrieve(HttpRequest.GET(path).bearerAuth(api.login()), Argument.STRING);
    }

    /** The JSON with every participation count blanked: what remains must not move while answers arrive. */
    static String withoutParticipation(String json) {
        return json.replaceAll("\"(invited|responded)\":\\d+", "\"$1\":_");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> points(Map<String, Object> series) {
        return (List<Map<String, Object>>) series.get("points");
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
        return byValue(results, "team");
    }

    static Map<String, Map<String, Object>> byValue(Map<String, Object> results, String attribute) {
        Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
        groups(results).forEach(g -> groups.put((String) map(g.get("segment")).get(attribute), g));
        return groups;
    }

    static Map<String, Object> question(Map<String, Object> group, String key) {
        return map(map(group.get("questions")).get(key));
    }

    static double number(Map<String, Object> figures, String key) {
        return ((Number) figures.get(key)).doubleValue();
    }

    /** A hidden group names itself and its reason, nothing more. */
    static void assertHidden(Map<String, Object> group, String why) {
        assertNotNull(group, "the group is listed");
        assertEquals(Map.of("segment", group.get("segment"), "suppressed", true, "hidden", why), group);
    }
}
