package org.barometer.analytics.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Which unions of classes a reader can compute exactly from published cells (the audit of the
 * secondary cell suppression problem: Hundepool et al., <i>Statistical Disclosure Control</i>,
 * Wiley 2012, §4.2–4.3).
 *
 * <p>Classes are the finest groups the cells tell apart; cell {@code i} is the 0/1 row vector
 * {@code M_i} of the classes it contains. Whatever is published for a cell (a count, a sum of
 * answers) is {@code M_i · y} for the classes' values {@code y}, so the union {@code U} of classes
 * is exactly derivable iff its indicator {@code 1_U} lies in the row space of {@code M} over the
 * rationals (then {@code 1_U = Σ λ_i M_i} and the same λ give U's count and sums).
 *
 * <p>{@link #find} looks for a derivable union made only of <i>allowed</i> classes (the others,
 * too large to matter, are held at 0) whose weight (a count per class) lies in {@code [1, bound]}.
 * Method: reduced row echelon form of {@code M} over the rationals with the columns ordered
 * forbidden, then weighted, then weightless classes. Rows whose pivot falls after the forbidden
 * columns are zero on them and span exactly the derivable vectors that avoid them; such a vector
 * is fixed by its values at those pivots, so the search assigns 0 or 1 to each pivot (weighted
 * ones first, bounded by the weight), keeps every other coordinate able to end on 0 or 1 (interval
 * pruning), and asks last whether the weightless classes can complete it. Every step is exact
 * ({@link Rational}); a search that exceeds its node budget reports itself undecided.
 */
final class Derivation {

    /** A derivable union and one way to compute it: coefficient per cell (index into the cells given), 0 if unused. */
    record Witness(BitSet classes, Rational[] coefficients) {

        boolean uses(int cell) {
            return !coefficients[cell].isZero();
        }
    }

    /** The outcome of a search: a witness, nothing derivable, or undecided within the budget. */
    record Outcome(Optional<Witness> witness, boolean undecided) {
        static final Outcome SAFE = new Outcome(Optional.empty(), false);
        static final Outcome UNDECIDED = new Outcome(Optional.empty(), true);
    }

    private final int classes;
    private final List<int[]> cells;

    /** @param cells the classes each published cell contains */
    Derivation(int classes, List<int[]> cells) {
        this.classes = classes;
        this.cells = List.copyOf(cells);
    }

    /**
     * @param weight  per class, non-negative
     * @param allowed classes the union may contain
     * @param bound   the largest weight worth finding (at least 1)
     * @param budget  search nodes before giving up
     */
    Outcome find(long[] weight, boolean[] allowed, long bound, long budget) {
        int[] order = columnOrder(weight, allowed);
        int forbidden = 0;
        int weighted = 0;
        for (int c = 0; c < classes; c++) {
            if (!allowed[c]) {
                forbidden++;
            } else if (weight[c] > 0) {
                weighted++;
            }
        }
        Echelon echelon = Echelon.of(cells, order, classes);
        List<Integer> free = new ArrayList<>();
        for (int r = 0; r < echelon.rank(); r++) {
            if (echelon.pivot(r) >= forbidden) {
                free.add(r);
            }
        }
        if (free.isEmpty()) {
            return Outcome.SAFE;
        }
        return new Search(echelon, free, order, weight, forbidden, forbidden + weighted, bound, budget).run();
    }

    /** Forbidden classes first, then weighted, then weightless (positions of the echelon's columns). */
    private int[] columnOrder(long[] weight, boolean[] allowed) {
        int[] order = new int[classes];
        int i = 0;
        for (int pass = 0; pass < 3; pass++) {
            for (int c = 0; c < classes; c++) {
                boolean inPass = pass == 0 ? !allowed[c] : pass == 1 ? allowed[c] && weight[c] > 0 : allowed[c] && weight[c] == 0;
                if (inPass) {
                    order[i++] = c;
                }
            }
        }
        return order;
    }

    /** Depth-first assignment of the free pivots; see the class comment. */
    private final class Search {
        private final Echelon echelon;
        private final List<Integer> rows;
        private final int[] order;
        private final long[] weight;
        private final int firstAllowed;
        private final int firstWeightless;
        private final long bound;
        private long budget;
        /** Columns (positions) that are not pivots of the free rows, from firstAllowed on. */
        private final List<Integer> dependent = new ArrayList<>();
        private final Rational[] partial;
        /** Per free row index and dependent position: remaining min/max contributions of rows from there on. */
        private final Rational[][] minFrom;
        private final Rational[][] maxFrom;
        private final int[] assigned;

        Search(Echelon echelon, List<Integer> rows, int[] order, long[] weight, int firstAllowed, int firstWeightless,
               long bound, long budget) {
            this.echelon = echelon;
            this.rows = rows;
            this.order = order;
            this.weight = weight;
            this.firstAllowed = firstAllowed;
            this.firstWeightless = firstWeightless;
            this.bound = bound;
            this.budget = budget;
            BitSet pivots = new BitSet();
            rows.forEach(r -> pivots.set(echelon.pivot(r)));
            for (int p = firstAllowed; p < classes; p++) {
                if (!pivots.get(p)) {
                    dependent.add(p);
                }
            }
            this.partial = new Rational[classes];
            java.util.Arrays.fill(partial, Rational.ZERO);
            this.minFrom = new Rational[rows.size() + 1][classes];
            this.maxFrom = new Rational[rows.size() + 1][classes];
            for (int p : dependent) {
                minFrom[rows.size()][p] = Rational.ZERO;
                maxFrom[rows.size()][p] = Rational.ZERO;
                for (int i = rows.size() - 1; i >= 0; i--) {
                    Rational q = echelon.at(rows.get(i), p);
                    minFrom[i][p] = q.signum() < 0 ? minFrom[i + 1][p].plus(q) : minFrom[i + 1][p];
                    maxFrom[i][p] = q.signum() > 0 ? maxFrom[i + 1][p].plus(q) : maxFrom[i + 1][p];
                }
            }
            this.assigned = new int[rows.size()];
        }

        Outcome run() {
            try {
                return weighted(0, 0) ? new Outcome(Optional.of(witness()), false) : Outcome.SAFE;
            } catch (BudgetExceeded e) {
                return Outcome.UNDECIDED;
            }
        }

        /** Assigns free row {@code i} on; {@code chosen} is the weight of the pivots set to 1 so far. */
        private boolean weighted(int i, long chosen) {
            tick();
            if (i == rows.size() || echelon.pivot(rows.get(i)) >= firstWeightless) {
                long total = chosen;
                for (int p : dependent) {
                    if (p >= firstWeightless) {
                        break;
                    }
                    Rational v = partial[p];
                    if (!(v.isZero() || v.equals(Rational.ONE))) {
                        return false;
                    }
                    total += v.isZero() ? 0 : weight[order[p]];
                }
                return total >= 1 && total <= bound && weightless(i);
            }
            int pivot = echelon.pivot(rows.get(i));
            for (int x = 1; x >= 0; x--) {
                long next = chosen + x * weight[order[pivot]];
                if (next > bound) {
                    continue;
                }
                apply(i, x);
                if (feasible(i + 1, next) && weighted(i + 1, next)) {
                    return true;
                }
                apply(i, -x);
            }
            return false;
        }

        /** Whether the weightless pivots from row {@code i} on can make every coordinate 0 or 1. */
        private boolean weightless(int i) {
            tick();
            if (i == rows.size()) {
                for (int p : dependent) {
                    Rational v = partial[p];
                    if (!(v.isZero() || v.equals(Rational.ONE))) {
                        return false;
                    }
                }
                return true;
            }
            for (int x = 0; x <= 1; x++) {
                apply(i, x);
                if (feasible(i + 1, 0) && weightless(i + 1)) {
                    return true;
                }
                apply(i, -x);
            }
            return false;
        }

        /** Sets row {@code i}'s pivot to {@code x} (or undoes a 1 with -1), updating the dependent coordinates. */
        private void apply(int i, int x) {
            if (x == 0) {
                assigned[i] = 0;
                return;
            }
            int row = rows.get(i);
            for (int p : dependent) {
                Rational q = echelon.at(row, p);
                if (!q.isZero()) {
                    partial[p] = x > 0 ? partial[p].plus(q) : partial[p].minus(q);
                }
            }
            assigned[i] = x > 0 ? 1 : 0;
        }

        /**
         * Every dependent coordinate can still end on 0 or 1 given rows {@code i} on, and the weight
         * forced so far stays within the bound.
         */
        private boolean feasible(int i, long chosen) {
            long forced = chosen;
            for (int p : dependent) {
                Rational lo = partial[p].plus(minFrom[i][p]);
                Rational hi = partial[p].plus(maxFrom[i][p]);
                boolean zero = lo.signum() <= 0 && hi.signum() >= 0;
                boolean one = lo.compareTo(Rational.ONE) <= 0 && hi.compareTo(Rational.ONE) >= 0;
                if (!zero && !one) {
                    return false;
                }
                if (!zero && p < firstWeightless) {
                    forced += weight[order[p]];
                }
            }
            return forced <= bound;
        }

        private Witness witness() {
            BitSet union = new BitSet(classes);
            Rational[] coefficients = new Rational[cells.size()];
            java.util.Arrays.fill(coefficients, Rational.ZERO);
            for (int i = 0; i < rows.size(); i++) {
                if (assigned[i] == 1) {
                    int row = rows.get(i);
                    union.set(order[echelon.pivot(row)]);
                    for (int cell = 0; cell < cells.size(); cell++) {
                        coefficients[cell] = coefficients[cell].plus(echelon.transform(row, cell));
                    }
                }
            }
            for (int p : dependent) {
                if (partial[p].equals(Rational.ONE)) {
                    union.set(order[p]);
                }
            }
            return new Witness(union, coefficients);
        }

        private void tick() {
            if (--budget < 0) {
                throw new BudgetExceeded();
            }
        }
    }

    private static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super(null, null, false, false);
        }
    }
}
