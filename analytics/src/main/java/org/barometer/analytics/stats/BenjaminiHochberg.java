package org.barometer.analytics.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Benjamini–Hochberg adjusted p-values ("q-values") of a family of tests, as R's
 * {@code p.adjust(p, method = "BH")}.
 *
 * <p>Formula, with the {@code m} p-values sorted increasingly {@code p₍₁₎ ≤ … ≤ p₍ₘ₎}:
 * <pre>
 *   q₍ᵢ₎ = min( 1, min_{j ≥ i} m·p₍ⱼ₎ / j )
 * </pre>
 * Declaring "real" every change with {@code q < α} keeps the expected share of false
 * discoveries among them at most {@code α} (independent or positively dependent tests).
 *
 * <p>Special cases: an empty family gives an empty result; a single p-value is returned
 * unchanged; ties get equal q-values. Commons Math 3 has no multiple-testing correction, hence
 * this class.
 *
 * <p>Reference: Benjamini, Y. &amp; Hochberg, Y. (1995), Controlling the false discovery rate,
 * <i>JRSS B</i> 57(1), 289–300.
 */
public final class BenjaminiHochberg {

    private BenjaminiHochberg() {
    }

    /**
     * @param p the family's p-values, each in {@code [0, 1]}
     * @return the q-values, in the order of {@code p}
     * @throws IllegalArgumentException for a p-value outside {@code [0, 1]} or NaN
     */
    public static double[] adjust(double... p) {
        int m = p.length;
        Integer[] descending = new Integer[m];
        for (int i = 0; i < m; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("Not a p-value: " + p[i] + " in " + Arrays.toString(p));
            }
            descending[i] = i;
        }
        Arrays.sort(descending, Comparator.comparingDouble((Integer i) -> p[i]).reversed());
        double[] q = new double[m];
        double running = 1;
        for (int position = 0; position < m; position++) {
            int index = descending[position];
            int rank = m - position;
            running = Math.min(running, p[index] * m / rank);
            q[index] = running;
        }
        return q;
    }
}
