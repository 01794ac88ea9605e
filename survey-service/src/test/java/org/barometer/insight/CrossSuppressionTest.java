package org.barometer.insight;

import org.barometer.analytics.anonymity.AnonymityGuard;
import org.barometer.analytics.anonymity.Participation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No department total minus its visible teams isolates fewer than k people. */
class CrossSuppressionTest {

    private static final int CASES = 3000;

    @Test
    void aVisibleTeamBesideAHiddenOneInTheSameDepartmentIsHiddenToo() {
        Map<String, String> departmentOf = Map.of("A", "Ops", "B", "Ops", "C", "Ops", "X", "Sales", "S", "Sales");
        Map<String, Long> size = Map.of("A", 20L, "B", 7L, "C", 3L, "X", 3L, "S", 9L);

        Set<String> shown = CrossSuppression.apply(AnonymityGuard.standard(), counts(size, 0),
                Set.of("A", "B", "S"), List.of(department(size, departmentOf, Map.of())));

        assertEquals(Set.of("A"), shown);
    }

    @Test
    void randomNestedCutsLeaveEveryDepartmentResidueZeroOrAtLeastK() {
        for (int c = 0; c < CASES; c++) {
            long seed = 7919L * c + 17;
            Random random = new Random(seed);
            int k = 2 + random.nextInt(8);
            Map<String, Long> size = new TreeMap<>();
            Map<String, String> departmentOf = new HashMap<>();
            Map<String, Long> unassigned = new HashMap<>();
            int departments = 1 + random.nextInt(4);
            for (int d = 0; d < departments; d++) {
                int teams = 1 + random.nextInt(5);
                for (int t = 0; t < teams; t++) {
                    String team = "d" + d + "t" + t;
                    size.put(team, (long) pick(random, k));
                    departmentOf.put(team, "d" + d);
                }
                unassigned.put("d" + d, random.nextInt(4) == 0 ? (long) random.nextInt(k + 1) : 0L);
            }
            AnonymityGuard guard = AnonymityGuard.withThreshold(k);
            Set<String> flat = new java.util.HashSet<>();
            size.forEach((team, n) -> {
                if (guard.allows(n)) {
                    flat.add(team);
                }
            });
            OtherCut department = department(size, departmentOf, unassigned);

            Set<String> shown = CrossSuppression.apply(guard, counts(size, 0), flat, List.of(department));

            assertTrue(flat.containsAll(shown), "only ever hides more, seed " + seed);
            for (var entry : department.totals().entrySet()) {
                if (shown.stream().noneMatch(t -> departmentOf.get(t).equals(entry.getKey()))) {
                    continue; // nothing to subtract: the department alone is judged by its own view
                }
                long residue = entry.getValue().responded() - shown.stream()
                        .filter(t -> departmentOf.get(t).equals(entry.getKey())).mapToLong(size::get).sum();
                assertTrue(residue == 0 || residue >= k, "seed " + seed + ": " + entry.getKey() + " leaves " + residue
                        + " < k=" + k + " with teams " + size + " shown " + shown + " unassigned " + unassigned);
            }
        }
    }

    /** Sizes near the threshold, where mistakes hide. */
    private static int pick(Random random, int k) {
        int[] interesting = {0, 1, k - 1, k, k + 1, 2 * k};
        return random.nextBoolean() ? Math.max(0, interesting[random.nextInt(interesting.length)]) : random.nextInt(3 * k);
    }

    private static CutCounts counts(Map<String, Long> size, long unassigned) {
        TreeMap<String, Cell> segments = new TreeMap<>();
        size.forEach((team, n) -> segments.put(team, new Cell(new Participation(n, n), Map.of())));
        long whole = size.values().stream().mapToLong(Long::longValue).sum() + unassigned;
        return new CutCounts(new Cell(new Participation(whole, whole), Map.of()), segments);
    }

    private static OtherCut department(Map<String, Long> size, Map<String, String> departmentOf,
                                       Map<String, Long> unassigned) {
        Map<String, Participation> totals = new HashMap<>();
        Map<String, Map<String, Participation>> spread = new HashMap<>();
        size.forEach((team, n) -> {
            String d = departmentOf.get(team);
            if (n > 0) {
                spread.put(team, Map.of(d, new Participation(n, n)));
            }
            totals.merge(d, new Participation(n, n), (a, b) -> new Participation(a.invited() + b.invited(),
                    a.responded() + b.responded()));
        });
        List<String> names = new ArrayList<>(totals.keySet());
        for (String d : names) {
            long extra = unassigned.getOrDefault(d, 0L);
            Participation p = totals.get(d);
            totals.put(d, new Participation(p.invited() + extra, p.responded() + extra));
        }
        totals.values().removeIf(p -> p.invited() == 0);
        return new OtherCut("department", totals, spread);
    }
}
