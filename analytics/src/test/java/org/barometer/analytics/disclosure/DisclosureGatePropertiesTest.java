package org.barometer.analytics.disclosure;

import org.barometer.analytics.stats.Histogram;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gate's promises checked by brute force on random organisations (Tables.random): every union
 * of atoms a reader could compute from what the plan shows is tried, whatever the gate's own
 * search did. The oracle is independent of the gate: it tests membership in the row space of the
 * shown groups over atoms (not classes), by exact elimination.
 */
class DisclosureGatePropertiesTest {

    static LongStream seeds() {
        return LongStream.range(0, 250);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noUnionUnderKIsDerivableFromTheCountsShown(long seed) {
        WaveTable table = Tables.random(seed);
        PublicationPlan plan = DisclosureGate.decide(table, null);
        int k = table.threshold();

        List<int[]> rows = rows(table, plan, group -> group.shown());
        forEachDerivableUnion(table, rows, union -> {
            long responded = sum(table, union, WaveTable.Atom::responded);
            long invited = sum(table, union, WaveTable.Atom::invited);
            assertTrue(responded == 0 || responded >= k, "seed " + seed + ": a union of " + responded + " answers is derivable");
            assertTrue(invited == 0 || invited >= k, "seed " + seed + ": a union of " + invited + " invitees is derivable");
        });
        allGroups(plan).stream().filter(PublicationPlan.Group::shown).forEach(g -> {
            assertTrue(g.participation().responded() >= k, "shown with fewer than k answers: " + g);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noUnanimousUnionUnderTheDetailThresholdIsDerivableFromTheAnswersShown(long seed) {
        WaveTable table = Tables.random(seed);
        PublicationPlan plan = DisclosureGate.decide(table, null);
        if (!table.answers()) {
            allGroups(plan).forEach(g -> assertTrue(g.figures().isEmpty(), "an open wave shows no answer"));
            return;
        }
        for (WaveTable.Item q : table.questions()) {
            List<int[]> rows = rows(table, plan, g -> g.shown() && g.figures().get(q.key()) instanceof PublicationPlan.Answers);
            forEachDerivableUnion(table, rows, union -> {
                Histogram h = Histogram.empty(q.min(), q.max());
                for (int a : union) {
                    h = h.plus(table.atoms().get(a).answers().get(q.key()));
                }
                boolean alike = false;
                for (int v = q.min(); v <= q.max(); v++) {
                    alike |= h.n() > 0 && h.count(v) == h.n();
                }
                assertTrue(!alike || h.n() >= table.detailThreshold(),
                        "seed " + seed + ", " + q.key() + ": " + h.n() + " answers all alike are derivable");
            });
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noCommentIsPlacedAmongFewerThanKAnswers(long seed) {
        WaveTable table = Tables.random(seed);
        PublicationPlan plan = DisclosureGate.decide(table, null);
        List<PublicationPlan.Group> lists = allGroups(plan).stream().filter(PublicationPlan.Group::comments).toList();
        Map<List<Boolean>, Long> answersBySignature = new HashMap<>();
        for (WaveTable.Atom atom : table.atoms()) {
            List<Boolean> signature = lists.stream().map(g -> plan.contains(g, atom.id())).toList();
            if (signature.contains(true)) {
                answersBySignature.merge(signature, atom.responded(), Long::sum);
            }
        }
        answersBySignature.forEach((signature, n) -> assertTrue(n == 0 || n >= table.threshold(),
                "seed " + seed + ": comments placed among " + n + " answers"));
        lists.forEach(g -> assertTrue(g.shown()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameTableGivesTheSamePlanAndAStoredPlanReadsBackAlike(long seed) {
        WaveTable table = Tables.random(seed);
        PublicationPlan plan = DisclosureGate.decide(table, null);

        assertEquals(plan.decisions(), DisclosureGate.decide(table, null).decisions());
        assertEquals(allGroups(plan), allGroups(DisclosureGate.plan(table, plan.decisions())));
    }

    static List<PublicationPlan.Group> allGroups(PublicationPlan plan) {
        List<PublicationPlan.Group> groups = new ArrayList<>();
        groups.add(plan.organisation());
        plan.attributes().forEach(a -> groups.addAll(plan.groups(a)));
        return groups;
    }

    /** The shown groups matching {@code which}, as the atoms (indexes) each contains. */
    private static List<int[]> rows(WaveTable table, PublicationPlan plan,
                                    java.util.function.Predicate<PublicationPlan.Group> which) {
        List<int[]> rows = new ArrayList<>();
        for (PublicationPlan.Group g : allGroups(plan)) {
            if (which.test(g)) {
                rows.add(IntStream.range(0, table.atoms().size()).filter(a -> plan.contains(g, table.atoms().get(a).id())).toArray());
            }
        }
        return rows;
    }

    private static void forEachDerivableUnion(WaveTable table, List<int[]> rows, java.util.function.Consumer<int[]> check) {
        int atoms = table.atoms().size();
        if (rows.isEmpty() || atoms == 0) {
            return;
        }
        Echelon echelon = Echelon.of(rows, IntStream.range(0, atoms).toArray(), atoms);
        for (int mask = 1; mask < 1 << atoms; mask++) {
            Rational[] rest = new Rational[atoms];
            for (int a = 0; a < atoms; a++) {
                rest[a] = (mask >> a & 1) == 1 ? Rational.ONE : Rational.ZERO;
            }
            for (int r = 0; r < echelon.rank(); r++) {
                Rational x = rest[echelon.pivot(r)];
                if (!x.isZero()) {
                    for (int a = 0; a < atoms; a++) {
                        rest[a] = rest[a].minus(echelon.at(r, a).times(x));
                    }
                }
            }
            if (java.util.Arrays.stream(rest).allMatch(Rational::isZero)) {
                int m = mask;
                check.accept(IntStream.range(0, atoms).filter(a -> (m >> a & 1) == 1).toArray());
            }
        }
    }

    private static long sum(WaveTable table, int[] union, java.util.function.ToLongFunction<WaveTable.Atom> measure) {
        return IntStream.of(union).mapToLong(a -> measure.applyAsLong(table.atoms().get(a))).sum();
    }
}
