package org.barometer.analytics.anonymity;

import static org.barometer.analytics.anonymity.Visibility.BELOW_THRESHOLD;
import static org.barometer.analytics.anonymity.Visibility.COMPLEMENTARY;
import static org.barometer.analytics.anonymity.Visibility.PARENT_HIDDEN;
import static org.barometer.analytics.anonymity.Visibility.VISIBLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnonymityGuardTest {

    private final AnonymityGuard guard = AnonymityGuard.standard();

    private static Map<String, Long> teams(Object... keysAndCounts) {
        Map<String, Long> teams = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            teams.put((String) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
        }
        return teams;
    }

    private static Map<String, Visibility> visibility(Object... keysAndVisibilities) {
        Map<String, Visibility> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndVisibilities.length; i += 2) {
            map.put((String) keysAndVisibilities[i], (Visibility) keysAndVisibilities[i + 1]);
        }
        return map;
    }

    @Test
    void defaultThresholdIsFive() {
        assertEquals(5, guard.threshold());
        assertFalse(guard.allows(4));
        assertTrue(guard.allows(5));
        assertThrows(IllegalArgumentException.class, () -> AnonymityGuard.withThreshold(0));
    }

    @Test
    void nothingToHide() {
        Suppression s = guard.suppress(Breakdown.of(30, teams("a", 10, "b", 20)));

        assertEquals(visibility("a", VISIBLE, "b", VISIBLE), s.visibility());
    }

    @Test
    void oneSmallTeamTakesTheSmallestOtherWithIt() {
        Suppression s = guard.suppress(Breakdown.of(40, teams("a", 3, "b", 12, "c", 25)));

        assertEquals(visibility("a", BELOW_THRESHOLD, "b", COMPLEMENTARY, "c", VISIBLE), s.visibility());
        assertEquals(List.of("c"), s.visibleKeys());
    }

    @Test
    void twoSmallTeamsThatTogetherReachKProtectEachOther() {
        Suppression s = guard.suppress(Breakdown.of(30, teams("a", 2, "b", 3, "c", 25)));

        assertEquals(visibility("a", BELOW_THRESHOLD, "b", BELOW_THRESHOLD, "c", VISIBLE), s.visibility());
    }

    @Test
    void peopleInNoTeamCountAsAHiddenGroup() {
        assertEquals(visibility("a", COMPLEMENTARY, "b", VISIBLE),
                guard.suppress(Breakdown.of(33, teams("a", 10, "b", 20))).visibility());
        assertEquals(visibility("a", VISIBLE, "b", VISIBLE),
                guard.suppress(Breakdown.of(36, teams("a", 10, "b", 20))).visibility());
    }

    @Test
    void anEmptyTeamNeedsNoPartner() {
        assertEquals(visibility("a", BELOW_THRESHOLD, "b", VISIBLE),
                guard.suppress(Breakdown.of(30, teams("a", 0, "b", 30))).visibility());
    }

    @Test
    void aHiddenParentHidesEveryChild() {
        assertEquals(visibility("a", BELOW_THRESHOLD, "b", BELOW_THRESHOLD),
                guard.suppress(Breakdown.of(4, teams("a", 2, "b", 2))).visibility());
    }

    @Test
    void whenOnlyTwoTeamsOneSmallBothAreHidden() {
        assertEquals(visibility("a", BELOW_THRESHOLD, "b", COMPLEMENTARY),
                guard.suppress(Breakdown.of(17, teams("a", 1, "b", 16))).visibility());
    }

    @Test
    void tiesAreBrokenByInputOrder() {
        Suppression s = guard.suppress(Breakdown.of(40, teams("a", 3, "b", 12, "c", 12, "d", 13)));

        assertEquals(visibility("a", BELOW_THRESHOLD, "b", COMPLEMENTARY, "c", VISIBLE, "d", VISIBLE), s.visibility());
    }

    @Test
    void participationIsShownOnlyFromKResponses() {
        Suppression s = guard.suppress(ParticipationBreakdown.of(new Participation(50, 30), Map.of(
                "b", new Participation(4, 2))));

        assertEquals(BELOW_THRESHOLD, s.of("b"));
        Suppression three = guard.suppress(ParticipationBreakdown.of(new Participation(50, 30), new LinkedHashMap<>(Map.of(
                "a", new Participation(6, 6), "b", new Participation(4, 2), "c", new Participation(40, 22)))));
        assertEquals(COMPLEMENTARY, three.of("a"));
        assertEquals(VISIBLE, three.of("c"));
    }

    @Test
    void invitedCountsAreProtectedToo() {
        Map<String, Participation> children = new LinkedHashMap<>();
        children.put("a", new Participation(3, 0));
        children.put("b", new Participation(17, 10));
        children.put("c", new Participation(20, 20));

        Suppression s = guard.suppress(ParticipationBreakdown.of(new Participation(40, 30), children));

        // no response is isolated, but 40 − 17 − 20 would reveal that a's 3 invited all stayed silent
        assertEquals(visibility("a", BELOW_THRESHOLD, "b", COMPLEMENTARY, "c", VISIBLE), s.visibility());
    }

    @Test
    void nestedCutsAreSettledTogether() {
        SegmentNode organisation = SegmentNode.ofResponses("org", 60,
                SegmentNode.ofResponses("sales", 3, SegmentNode.ofResponses("sales-east", 3)),
                SegmentNode.ofResponses("tech", 57,
                        SegmentNode.ofResponses("backend", 30), SegmentNode.ofResponses("frontend", 27)));

        Suppression s = guard.suppress(organisation);

        assertEquals(visibility("org", VISIBLE, "sales", BELOW_THRESHOLD, "sales-east", BELOW_THRESHOLD,
                "tech", COMPLEMENTARY, "backend", PARENT_HIDDEN, "frontend", PARENT_HIDDEN), s.visibility());
    }

    @Test
    void teamsWithinAVisibleDepartment() {
        SegmentNode organisation = SegmentNode.ofResponses("org", 60,
                SegmentNode.ofResponses("sales", 20, SegmentNode.ofResponses("east", 3), SegmentNode.ofResponses("west", 17)),
                SegmentNode.ofResponses("tech", 40, SegmentNode.ofResponses("backend", 20), SegmentNode.ofResponses("frontend", 20)));

        assertEquals(List.of("org", "sales", "tech", "backend", "frontend"), guard.suppress(organisation).visibleKeys());
    }

    @Test
    void aTwoWayTableWithOneSmallCellHidesItsRectangle() {
        Map<String, Participation> cells = new LinkedHashMap<>();
        cells.put("all", Participation.ofResponses(63));
        cells.put("A", Participation.ofResponses(23));
        cells.put("B", Participation.ofResponses(40));
        cells.put("P", Participation.ofResponses(23));
        cells.put("Q", Participation.ofResponses(40));
        cells.put("AP", Participation.ofResponses(3));
        cells.put("AQ", Participation.ofResponses(20));
        cells.put("BP", Participation.ofResponses(20));
        cells.put("BQ", Participation.ofResponses(20));
        List<LinkedBreakdowns.Group> groups = List.of(
                new LinkedBreakdowns.Group("all", List.of("A", "B")),
                new LinkedBreakdowns.Group("all", List.of("P", "Q")),
                new LinkedBreakdowns.Group("A", List.of("AP", "AQ")),
                new LinkedBreakdowns.Group("B", List.of("BP", "BQ")),
                new LinkedBreakdowns.Group("P", List.of("AP", "BP")),
                new LinkedBreakdowns.Group("Q", List.of("AQ", "BQ")));

        Suppression s = guard.suppress(new LinkedBreakdowns(cells, groups));

        // AP takes AQ (row A) and BP (column P); BQ, then alone in row B and column Q, goes too
        assertEquals(List.of("all", "A", "B", "P", "Q"), s.visibleKeys());
        assertEquals(BELOW_THRESHOLD, s.of("AP"));
    }

    @Test
    void rejectsInconsistentCounts() {
        assertThrows(IllegalArgumentException.class, () -> guard.suppress(Breakdown.of(10, teams("a", 6, "b", 6))));
        assertThrows(IllegalArgumentException.class, () -> new Participation(3, 4));
        assertThrows(IllegalArgumentException.class, () -> guard.suppress(
                SegmentNode.ofResponses("x", 10, SegmentNode.ofResponses("x", 10))));
        assertThrows(IllegalArgumentException.class, () -> new LinkedBreakdowns(
                Map.of("a", Participation.ofResponses(1)), List.of(new LinkedBreakdowns.Group("a", List.of("b")))));
        assertThrows(IllegalArgumentException.class,
                () -> guard.suppress(Breakdown.of(10, teams("a", 10))).of("unknown"));
    }

    @Test
    void commentsOnlyFromKResponsesAndShuffled() {
        List<String> comments = List.of("one", "two", "three", "four", "five", "six");
        List<String> expected = new ArrayList<>(comments);
        Collections.shuffle(expected, new Random(42));

        assertEquals(List.of(), guard.comments(4, comments, new Random(42)));
        assertEquals(expected, guard.comments(5, comments, new Random(42)));
        assertEquals(List.of("one", "two", "three", "four", "five", "six"), comments);
        assertEquals(6, guard.comments(5, comments).size());
    }
}
