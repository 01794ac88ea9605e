package org.barometer.analytics.anonymity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * The anonymity promise (DESIGN.md, Anonymity §2–3) on random breakdowns: no visible number, and
 * no parent minus any set of visible children, reveals a group of {@code 0 < size < k}.
 */
class SuppressionPropertiesTest {

    @Property
    void noSubtractionIsolatesASmallGroup(@ForAll @Size(min = 1, max = 10) List<@LongRange(max = 25) Long> children,
                                          @ForAll @LongRange(max = 8) long unassigned,
                                          @ForAll @IntRange(min = 2, max = 10) int k) {
        Map<String, Long> teams = new LinkedHashMap<>();
        children.forEach(n -> teams.put("t" + teams.size(), n));
        long parent = children.stream().mapToLong(Long::longValue).sum() + unassigned;

        Suppression s = AnonymityGuard.withThreshold(k).suppress(Breakdown.of(parent, teams));

        List<Long> visible = new ArrayList<>();
        teams.forEach((key, n) -> {
            if (s.isVisible(key)) {
                assertTrue(n >= k, key + " shown with " + n);
                visible.add(n);
            }
        });
        if (parent < k) {
            assertTrue(visible.isEmpty(), "children of a hidden parent");
        } else {
            assertNoSubtractionIsolates(parent, visible, k);
        }
    }

    @Property
    void participationCountsIsolateNoSmallGroup(@ForAll("participations") List<Participation> children,
                                                @ForAll("participation") Participation unassigned,
                                                @ForAll @IntRange(min = 2, max = 10) int k) {
        Map<String, Participation> groups = new LinkedHashMap<>();
        children.forEach(p -> groups.put("t" + groups.size(), p));
        Participation parent = new Participation(
                children.stream().mapToLong(Participation::invited).sum() + unassigned.invited(),
                children.stream().mapToLong(Participation::responded).sum() + unassigned.responded());

        Suppression s = AnonymityGuard.withThreshold(k).suppress(ParticipationBreakdown.of(parent, groups));

        List<Participation> visible = new ArrayList<>();
        groups.forEach((key, p) -> {
            if (s.isVisible(key)) {
                assertTrue(p.responded() >= k, key + " shown with " + p);
                visible.add(p);
            }
        });
        if (parent.responded() >= k) {
            assertNoSubtractionIsolates(parent.invited(), visible.stream().map(Participation::invited).toList(), k);
            assertNoSubtractionIsolates(parent.responded(), visible.stream().map(Participation::responded).toList(), k);
        } else {
            assertTrue(visible.isEmpty(), "children of a hidden parent");
        }
    }

    @Property
    void everyGroupOfAHierarchyIsProtected(@ForAll("trees") SegmentNode root, @ForAll @IntRange(min = 2, max = 8) int k) {
        Suppression s = AnonymityGuard.withThreshold(k).suppress(root);

        assertProtected(root, s, k);
    }

    @Property
    void everyRowAndColumnOfATwoWayTableIsProtected(@ForAll("tables") long[][] table,
                                                    @ForAll @IntRange(min = 2, max = 8) int k) {
        LinkedBreakdowns linked = TwoWayTables.linked(table);

        Suppression s = AnonymityGuard.withThreshold(k).suppress(linked);

        for (LinkedBreakdowns.Group group : linked.groups()) {
            assertGroupProtected(linked.cells(), group, s, k, Participation::responded);
        }
    }

    private static void assertProtected(SegmentNode node, Suppression s, int k) {
        Map<String, Participation> cells = new LinkedHashMap<>();
        cells.put(node.key(), node.counts());
        node.children().forEach(child -> cells.put(child.key(), child.counts()));
        LinkedBreakdowns.Group group = new LinkedBreakdowns.Group(node.key(), node.children().stream().map(SegmentNode::key).toList());
        assertGroupProtected(cells, group, s, k, Participation::responded);
        assertGroupProtected(cells, group, s, k, Participation::invited);
        node.children().forEach(child -> assertProtected(child, s, k));
    }

    /**
     * A shown parent minus its visible children is 0 or at least k, and never the exact count of a
     * single hidden child with members (which would undo that child's suppression in another
     * group). A hidden parent has no visible child.
     */
    private static void assertGroupProtected(Map<String, Participation> cells, LinkedBreakdowns.Group group,
                                             Suppression s, int k, ToLongFunction<Participation> measure) {
        List<String> visible = group.children().stream().filter(s::isVisible).toList();
        visible.forEach(key -> assertTrue(cells.get(key).responded() >= k, key + " shown below k"));
        if (!s.isVisible(group.parent())) {
            assertTrue(visible.isEmpty(), "visible children of hidden " + group.parent());
            return;
        }
        long parent = measure.applyAsLong(cells.get(group.parent()));
        List<Long> visibleCounts = visible.stream().map(key -> measure.applyAsLong(cells.get(key))).toList();
        assertNoSubtractionIsolates(parent, visibleCounts, k);
        long hiddenMass = parent - visibleCounts.stream().mapToLong(Long::longValue).sum();
        long invitedResidual = cells.get(group.parent()).invited()
                - group.children().stream().mapToLong(key -> cells.get(key).invited()).sum();
        long hiddenWithMembers = group.children().stream()
                .filter(key -> !s.isVisible(key) && cells.get(key).invited() > 0).count();
        assertFalse(hiddenMass > 0 && invitedResidual == 0 && hiddenWithMembers == 1,
                "one hidden child rebuilt in " + group);
    }

    /** Every subset of the visible children, subtracted from the parent, leaves 0 or at least k. */
    private static void assertNoSubtractionIsolates(long parent, List<Long> visible, int k) {
        for (int subset = 0; subset < 1 << visible.size(); subset++) {
            long rest = parent;
            for (int i = 0; i < visible.size(); i++) {
                if ((subset & 1 << i) != 0) {
                    rest -= visible.get(i);
                }
            }
            assertFalse(rest > 0 && rest < k, "parent " + parent + " minus " + visible + " isolates " + rest);
        }
    }

    @Provide
    Arbitrary<Participation> participation() {
        return Combinators.combine(Arbitraries.longs().between(0, 25), Arbitraries.longs().between(0, 10))
                .as((responded, silent) -> new Participation(responded + silent, responded));
    }

    @Provide
    Arbitrary<List<Participation>> participations() {
        return participation().list().ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<SegmentNode> trees() {
        return SegmentTrees.trees();
    }

    @Provide
    Arbitrary<long[][]> tables() {
        return Arbitraries.integers().between(1, 4).flatMap(rows -> Arbitraries.integers().between(1, 4).flatMap(columns ->
                Arbitraries.longs().between(0, 20).array(long[].class).ofSize(columns).array(long[][].class).ofSize(rows)));
    }
}
