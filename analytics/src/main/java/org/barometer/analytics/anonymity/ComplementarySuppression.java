package org.barometer.analytics.anonymity;

import java.util.Arrays;

/**
 * Primary and complementary suppression over parent/children groups that may share cells.
 *
 * <p>Rule, with threshold {@code k}, applied to both measures (responded and invited):
 * <ol>
 *   <li>Primary: a cell with fewer than {@code k} responses is hidden
 *       ({@link Visibility#BELOW_THRESHOLD}).</li>
 *   <li>A hidden parent hides all its children ({@link Visibility#PARENT_HIDDEN}): visible
 *       children would add up to (a bound on) the parent.</li>
 *   <li>Complementary: in a group whose parent is shown, let the hidden mass be
 *       {@code H = parent − Σ visible children}, i.e. the hidden children plus the residual
 *       (people of the parent in no child). The group exposes someone when {@code 0 < H < k}
 *       for either measure (a small group is isolated by subtraction), or when exactly one
 *       hidden child has members (invited &gt; 0) and the residual has none: that child's exact
 *       counts are rebuilt, which would undo its suppression in another group, e.g. the other
 *       margin of a two-way table. A hidden child without members is no partner because an empty
 *       combination (nobody of team B works in Lyon) may be public knowledge. While a group
 *       exposes, its smallest visible child (fewest responses, then fewest invited, then input
 *       order) is hidden ({@link Visibility#COMPLEMENTARY}). If no visible child is left, the
 *       parent itself is hidden.</li>
 *   <li>Steps 2–3 are repeated over all groups until nothing changes, so a cell hidden in one
 *       group is protected in every other group it belongs to.</li>
 * </ol>
 * A hidden child with zero responses and zero invited needs no partner: {@code H = 0} reveals
 * only that the group is empty. In a single breakdown or a hierarchy the second condition never
 * adds suppression beyond the first; it matters for cells shared by several groups.
 *
 * <p>Guarantee: in every group with a shown parent, parent minus any set of visible children is
 * either 0 or at least {@code k}, for responded and for invited counts. Not guaranteed: that no
 * combination of several groups' equations pins a hidden cell (the "audit" problem of linked
 * tables); hiding at least two cells per exposed group makes that unlikely for the small tables
 * of this product, not impossible.
 *
 * <p>Reference: Hundepool, A. et al. (2012), <i>Statistical Disclosure Control</i>, Wiley,
 * §4.2 (primary and secondary cell suppression).
 */
final class ComplementarySuppression {

    private static final int MEASURES = 2;
    private static final int INVITED = 1;

    private final int k;
    private final long[][] counts;
    private final int[] parents;
    private final int[][] children;
    private final long[][] residuals;
    private final Visibility[] visibility;

    private ComplementarySuppression(int k, Participation[] cells, int[] parents, int[][] children) {
        this.k = k;
        this.counts = new long[cells.length][];
        for (int c = 0; c < cells.length; c++) {
            counts[c] = new long[] {cells[c].responded(), cells[c].invited()};
        }
        this.parents = parents;
        this.children = children;
        this.residuals = new long[parents.length][];
        for (int g = 0; g < parents.length; g++) {
            residuals[g] = residual(g);
        }
        this.visibility = new Visibility[cells.length];
    }

    /**
     * @param cells counts of each cell
     * @param parents parent cell index of each group
     * @param children child cell indexes of each group
     * @return the visibility of each cell
     * @throws IllegalArgumentException if a group's children outnumber its parent
     */
    static Visibility[] apply(int k, Participation[] cells, int[] parents, int[][] children) {
        return new ComplementarySuppression(k, cells, parents, children).run();
    }

    private long[] residual(int g) {
        long[] residual = counts[parents[g]].clone();
        for (int child : children[g]) {
            if (child == parents[g]) {
                throw new IllegalArgumentException("A cell cannot be its own child");
            }
            for (int m = 0; m < MEASURES; m++) {
                residual[m] -= counts[child][m];
            }
        }
        if (residual[0] < 0 || residual[1] < 0) {
            throw new IllegalArgumentException("Children add up to more than their parent in group " + g);
        }
        return residual;
    }

    private Visibility[] run() {
        for (int c = 0; c < counts.length; c++) {
            visibility[c] = counts[c][0] < k ? Visibility.BELOW_THRESHOLD : Visibility.VISIBLE;
        }
        boolean changed;
        do {
            changed = false;
            for (int g = 0; g < parents.length; g++) {
                changed |= settle(g);
            }
        } while (changed);
        return visibility.clone();
    }

    /** @return whether a cell was hidden */
    private boolean settle(int g) {
        boolean changed = false;
        if (!visibility[parents[g]].shown()) {
            for (int child : children[g]) {
                if (visibility[child].shown()) {
                    visibility[child] = Visibility.PARENT_HIDDEN;
                    changed = true;
                }
            }
            return changed;
        }
        while (exposes(g)) {
            int partner = smallestVisibleChild(g);
            if (partner < 0) {
                visibility[parents[g]] = Visibility.COMPLEMENTARY;
                return true;
            }
            visibility[partner] = Visibility.COMPLEMENTARY;
            changed = true;
        }
        return changed;
    }

    private boolean exposes(int g) {
        long[] hidden = residuals[g].clone();
        int hiddenGroupsWithMembers = 0;
        for (int child : children[g]) {
            if (!visibility[child].shown()) {
                for (int m = 0; m < MEASURES; m++) {
                    hidden[m] += counts[child][m];
                }
                if (counts[child][INVITED] > 0) {
                    hiddenGroupsWithMembers++;
                }
            }
        }
        for (int m = 0; m < MEASURES; m++) {
            if (hidden[m] > 0 && hidden[m] < k) {
                return true;
            }
        }
        return hiddenGroupsWithMembers == 1 && residuals[g][INVITED] == 0;
    }

    private int smallestVisibleChild(int g) {
        int best = -1;
        for (int child : children[g]) {
            if (visibility[child].shown() && (best < 0 || smaller(child, best))) {
                best = child;
            }
        }
        return best;
    }

    private boolean smaller(int a, int b) {
        return Arrays.compare(counts[a], counts[b]) < 0;
    }
}
