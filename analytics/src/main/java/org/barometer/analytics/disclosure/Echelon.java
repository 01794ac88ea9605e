package org.barometer.analytics.disclosure;

import java.util.Arrays;
import java.util.List;

/**
 * The reduced row echelon form {@code E = T·M} of 0/1 rows over the rationals, with its columns
 * taken in a given order, and the transform {@code T} that makes it from the original rows (so a
 * combination of echelon rows can be said in published cells). Gauss–Jordan elimination, exact.
 */
final class Echelon {

    private final Rational[][] rows;
    private final Rational[][] transform;
    private final int[] pivots;
    private final int rank;

    private Echelon(Rational[][] rows, Rational[][] transform, int[] pivots, int rank) {
        this.rows = rows;
        this.transform = transform;
        this.pivots = pivots;
        this.rank = rank;
    }

    /**
     * @param cells   the classes (original column indexes) each row contains
     * @param order   order[p] is the original column at position p
     * @param columns the number of columns
     */
    static Echelon of(List<int[]> cells, int[] order, int columns) {
        int[] position = new int[columns];
        for (int p = 0; p < columns; p++) {
            position[order[p]] = p;
        }
        int n = cells.size();
        Rational[][] m = new Rational[n][columns];
        Rational[][] t = new Rational[n][n];
        for (int r = 0; r < n; r++) {
            Arrays.fill(m[r], Rational.ZERO);
            Arrays.fill(t[r], Rational.ZERO);
            for (int c : cells.get(r)) {
                m[r][position[c]] = Rational.ONE;
            }
            t[r][r] = Rational.ONE;
        }
        int[] pivots = new int[n];
        int rank = 0;
        for (int p = 0; p < columns && rank < n; p++) {
            int found = -1;
            for (int r = rank; r < n; r++) {
                if (!m[r][p].isZero()) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            swap(m, rank, found);
            swap(t, rank, found);
            Rational inverse = Rational.ONE.dividedBy(m[rank][p]);
            scale(m[rank], inverse, p);
            scale(t[rank], inverse, 0);
            for (int r = 0; r < n; r++) {
                if (r != rank && !m[r][p].isZero()) {
                    Rational factor = m[r][p];
                    subtract(m[r], m[rank], factor, p);
                    subtract(t[r], t[rank], factor, 0);
                }
            }
            pivots[rank++] = p;
        }
        return new Echelon(m, t, pivots, rank);
    }

    int rank() {
        return rank;
    }

    /** The position of row {@code r}'s pivot (rows under the rank are zero). */
    int pivot(int r) {
        return pivots[r];
    }

    /** Entry of echelon row {@code r} at column position {@code p}. */
    Rational at(int r, int p) {
        return rows[r][p];
    }

    /** Coefficient of original row {@code cell} in echelon row {@code r}. */
    Rational transform(int r, int cell) {
        return transform[r][cell];
    }

    private static void swap(Rational[][] a, int i, int j) {
        Rational[] tmp = a[i];
        a[i] = a[j];
        a[j] = tmp;
    }

    private static void scale(Rational[] row, Rational factor, int from) {
        for (int c = from; c < row.length; c++) {
            if (!row[c].isZero()) {
                row[c] = row[c].times(factor);
            }
        }
    }

    /** row -= factor · pivotRow, from column {@code from} (entries before it are zero in the pivot row). */
    private static void subtract(Rational[] row, Rational[] pivotRow, Rational factor, int from) {
        for (int c = from; c < row.length; c++) {
            if (!pivotRow[c].isZero()) {
                row[c] = row[c].minus(pivotRow[c].times(factor));
            }
        }
    }
}
