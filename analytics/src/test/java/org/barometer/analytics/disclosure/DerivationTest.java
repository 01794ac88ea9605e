package org.barometer.analytics.disclosure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search against brute force: on random small tables, every union of classes is tried and
 * tested for derivability by exact elimination; the search must find a witness exactly when one
 * exists, and its witness must be a true one (its coefficients rebuild the union from the cells).
 */
class DerivationTest {

    @Test
    void theResidueOfATotalMinusItsVisibleChildrenIsFound() {
        // Classes: 0 = team A (20), 1 = team B (7), 2 = the rest (3). Published: the whole, A, B.
        Derivation d = new Derivation(3, List.of(new int[] {0, 1, 2}, new int[] {0}, new int[] {1}));

        var outcome = d.find(new long[] {20, 7, 3}, new boolean[] {false, false, true}, 4, 10_000);

        BitSet expected = new BitSet();
        expected.set(2);
        assertEquals(expected, outcome.witness().orElseThrow().classes());
        assertEquals(List.of(Rational.ONE, Rational.of(-1), Rational.of(-1)),
                List.of(outcome.witness().get().coefficients()));
    }

    @Test
    void aCrossedTableWithBothMarginsHidesItsInterior() {
        // Two teams × two locations, each team and location published with the whole: no single
        // interior cell is derivable (only whole rows and columns are).
        Derivation d = new Derivation(4, List.of(new int[] {0, 1, 2, 3}, new int[] {0, 1}, new int[] {2, 3},
                new int[] {0, 2}, new int[] {1, 3}));

        var outcome = d.find(new long[] {2, 9, 9, 2}, new boolean[] {true, false, false, true}, 4, 10_000);

        assertFalse(outcome.witness().isPresent());
        assertFalse(outcome.undecided());
    }

    static Stream<Object[]> tables() {
        return IntStream.range(0, 3000).mapToObj(seed -> new Object[] {seed});
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("tables")
    void findsAWitnessExactlyWhenBruteForceDoes(int seed) {
        Random random = new Random(seed);
        int classes = 1 + random.nextInt(9);
        List<int[]> cells = new ArrayList<>();
        cells.add(IntStream.range(0, classes).toArray());
        int extra = random.nextInt(7);
        for (int c = 0; c < extra; c++) {
            int[] members = IntStream.range(0, classes).filter(i -> random.nextInt(3) == 0).toArray();
            if (members.length > 0) {
                cells.add(members);
            }
        }
        long bound = 1 + random.nextInt(6);
        long[] weight = new long[classes];
        boolean[] allowed = new boolean[classes];
        for (int c = 0; c < classes; c++) {
            weight[c] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(8);
            allowed[c] = weight[c] <= bound;
        }
        Derivation d = new Derivation(classes, cells);

        var outcome = d.find(weight, allowed, bound, 1_000_000);

        assertFalse(outcome.undecided());
        boolean exists = false;
        for (int mask = 1; mask < 1 << classes; mask++) {
            long w = 0;
            boolean ok = true;
            for (int c = 0; c < classes; c++) {
                if ((mask >> c & 1) == 1) {
                    ok &= allowed[c];
                    w += weight[c];
                }
            }
            if (ok && w >= 1 && w <= bound && derivable(cells, classes, mask)) {
                exists = true;
                break;
            }
        }
        assertEquals(exists, outcome.witness().isPresent(), "seed " + seed);
        outcome.witness().ifPresent(witness -> {
            Rational[] rebuilt = new Rational[classes];
            java.util.Arrays.fill(rebuilt, Rational.ZERO);
            for (int cell = 0; cell < cells.size(); cell++) {
                for (int c : cells.get(cell)) {
                    rebuilt[c] = rebuilt[c].plus(witness.coefficients()[cell]);
                }
            }
            long w = 0;
            for (int c = 0; c < classes; c++) {
                assertEquals(witness.classes().get(c) ? Rational.ONE : Rational.ZERO, rebuilt[c], "class " + c);
                if (witness.classes().get(c)) {
                    assertTrue(allowed[c]);
                    w += weight[c];
                }
            }
            assertTrue(w >= 1 && w <= bound);
        });
    }

    /** Brute force: is the mask's indicator in the row space (rank test by exact elimination)? */
    private static boolean derivable(List<int[]> cells, int classes, int mask) {
        int[] order = IntStream.range(0, classes).toArray();
        int before = Echelon.of(cells, order, classes).rank();
        List<int[]> with = new ArrayList<>(cells);
        with.add(IntStream.range(0, classes).filter(c -> (mask >> c & 1) == 1).toArray());
        return Echelon.of(with, order, classes).rank() == before;
    }
}
