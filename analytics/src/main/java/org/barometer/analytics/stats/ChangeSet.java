package org.barometer.analytics.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes shown together (one dashboard page, one report), with the false-discovery rate
 * controlled over all of them.
 *
 * <p>Procedure: the {@link VerdictRule#callable callable} comparisons (enough answers on both
 * sides) form the family; their Mann–Whitney p-values are adjusted by
 * {@link BenjaminiHochberg}; then each comparison gets its {@link Verdict} from its q-value.
 * The other comparisons keep {@code q = null} and are {@link Verdict#UNCERTAIN}. Build one
 * change set from everything that is displayed side by side: splitting a page into several
 * sets would weaken the control.
 *
 * @param changes the changes, in the order of the comparisons given
 */
public record ChangeSet(List<Change> changes) {

    public ChangeSet {
        changes = List.copyOf(changes);
    }

    /** @return the change set under {@link VerdictRule#standard()} */
    public static ChangeSet of(List<Comparison> comparisons) {
        return of(comparisons, VerdictRule.standard());
    }

    /** @return the change set under {@code rule} */
    public static ChangeSet of(List<Comparison> comparisons, VerdictRule rule) {
        List<Integer> family = new ArrayList<>();
        for (int i = 0; i < comparisons.size(); i++) {
            if (rule.callable(comparisons.get(i))) {
                family.add(i);
            }
        }
        double[] p = new double[family.size()];
        for (int j = 0; j < p.length; j++) {
            p[j] = comparisons.get(family.get(j)).pMannWhitney();
        }
        double[] q = BenjaminiHochberg.adjust(p);
        Double[] qByComparison = new Double[comparisons.size()];
        for (int j = 0; j < q.length; j++) {
            qByComparison[family.get(j)] = q[j];
        }
        List<Change> changes = new ArrayList<>(comparisons.size());
        for (int i = 0; i < comparisons.size(); i++) {
            Comparison c = comparisons.get(i);
            Double qi = qByComparison[i];
            changes.add(new Change(c.nBefore(), c.nAfter(), c.delta(), c.pMannWhitney(), c.pWelch(), qi,
                    c.effectSize(), rule.verdict(c, qi)));
        }
        return new ChangeSet(changes);
    }
}
