package org.barometer.analytics.anonymity;

import static org.barometer.analytics.anonymity.RandomCases.between;
import static org.barometer.analytics.anonymity.RandomCases.size;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * The anonymity promise (DESIGN.md, Anonymity §2–3) on random breakdowns: no visible number, and
 * no parent minus any set of visible children, reveals a group of {@code 0 < size < k}. Each
 * property runs on {@link RandomCases#CASES} seeded cases leaning to counts around {@code k}.
 */
class SuppressionPropertiesTest {

    /** 1–10 teams of 0–25 responses, 0–8 responses in no team, {@code k} in 2–10. */
    private record TeamCase(List<Long> children, long unassigned, int k) {

        static TeamCase random(Random random) {
            int k = between(random, 2, 10);
            return new TeamCase(RandomCases.counts(random, size(random, 1, 10), 25, k), RandomCases.count(random, 8, k), k);
        }
    }

    /**
     * 1–10 groups and the people in no group, each 0–25 responded and 0–10 silent, {@code k} in
     * 2–10.
     */
    private record ParticipationCase(List<Participation> children, Participation unassigned, int k) {

        static ParticipationCase random(Random random) {
            int k = between(random, 2, 10);
            int size = size(random, 1, 10);
            List<Participation> children = new ArrayList<>();
            if (random.nextInt(8) == 0) {
                children.addAll(Collections.nCopies(size, participation(random, k)));
            } else {
                for (int i = 0; i < size; i++) {
                    children.add(participation(random, k));
                }
            }
            return new ParticipationCase(children, participation(random, k), k);
        }

        private static Participation participation(Random random, int k) {
            return RandomCases.participation(random, 25, 10, k);
        }
    }

    /** A tree of {@link SegmentTrees#tree}, {@code k} in 2–8. */
    private record TreeCase(SegmentNode root, int k) {

        static TreeCase random(Random random) {
            int k = between(random, 2, 8);
            return new TreeCase(SegmentTrees.tree(random, k), k);
        }

        @Override
        public String toString() {
            return "k = " + k + ", tree " + SegmentTrees.describe(root);
        }
    }

    /** 1–4 rows × 1–4 columns of 0–20 responses, {@code k} in 2–8. */
    private record TableCase(long[][] table, int k) {

        static TableCase random(Random random) {
            int k = between(random, 2, 8);
            int rows = size(random, 1, 4);
            int columns = size(random, 1, 4);
            long[][] table = new long[rows][];
            boolean repeated = random.nextInt(8) == 0;
            for (int i = 0; i < rows; i++) {
                table[i] = RandomCases.counts(random, columns, 20, k).stream().mapToLong(Long::longValue).toArray();
                if (repeated) {
                    Arrays.fill(table[i], table[0][0]);
                }
            }
            return new TableCase(table, k);
        }

        @Override
        public String toString() {
            return "k = " + k + ", table " + Arrays.deepToString(table);
        }
    }

    @Test
    void noSubtractionIsolatesASmallGroup() {
        RandomCases.check(TeamCase::random, c -> {
            int k = c.k();
            Map<String, Long> teams = new LinkedHashMap<>();
            c.children().forEach(n -> teams.put("t" + teams.size(), n));
            long parent = c.children().stream().mapToLong(Long::longValue).sum() + c.unassigned();

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
        });
    }

    @Test
    void participationCountsIsolateNoSmallGroup() {
        RandomCases.check(ParticipationCase::random, c -> {
            int k = c.k();
            Map<String, Participation> groups = new LinkedHashMap<>();
            c.children().forEach(p -> groups.put("t" + groups.size(), p));
            Participation parent = new Participation(
                    c.children().stream().mapToLong(Participation::invited).sum() + c.unassigned().invited(),
                    c.children().stream().mapToLong(Participation::responded).sum() + c.unassigned().responded());

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
        });
    }

    @Test
    void everyGroupOfAHierarchyIsProtected() {
        RandomCases.check(TreeCase::random, c -> {
            Suppression s = AnonymityGuard.withThreshold(c.k()).suppress(c.root());

            assertProtected(c.root(), s, c.k());
        });
    }

    @Test
    void everyRowAndColumnOfATwoWayTableIsProtected() {
        RandomCases.check(TableCase::random, c -> {
            LinkedBreakdowns linked = TwoWayTables.linked(c.table());

            Suppression s = AnonymityGuard.withThreshold(c.k()).suppress(linked);

            for (LinkedBreakdowns.Group group : linked.groups()) {
                assertGroupProtected(linked.cells(), group, s, c.k(), Participation::responded);
            }
        });
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
}
