package org.barometer.insight;

import org.barometer.analytics.anonymity.AnonymityGuard;
import org.barometer.analytics.anonymity.Participation;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Complementary suppression across cuts. A view by team may hide team C, yet the view by
 * department shows C's department: its total minus the visible teams wholly inside it would give
 * C back. So for every value y of every other attribute, the people of y not covered by visible
 * groups of the shown cut (hidden groups, people without a value, parts of groups spanning several
 * y) must number 0 or at least k — invited and responded alike. While some y leaves a residue
 * 0 &lt; r &lt; k, the smallest visible group wholly inside y is hidden too.
 *
 * <p>Covers nested cuts (team within department) exactly. For crossed cuts (team × location
 * where teams span locations) it closes the one-step subtraction above; combinations of several
 * equations are not audited.
 */
final class CrossSuppression {

    private CrossSuppression() {
    }

    static Set<String> apply(AnonymityGuard guard, CutCounts counts, Set<String> visible, Collection<OtherCut> others) {
        Set<String> shown = new HashSet<>(visible);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (OtherCut other : others) {
                for (var y : other.totals().entrySet()) {
                    List<String> inside = whollyInside(counts, other, y.getKey(), shown);
                    if (leavesSmallResidue(guard, counts, inside, y.getValue())) {
                        smallest(counts, inside).ifPresent(shown::remove);
                        changed = true;
                    }
                }
            }
        }
        return Set.copyOf(shown);
    }

    /** The shown groups all of whose people have value {@code y} of the other attribute. */
    private static List<String> whollyInside(CutCounts counts, OtherCut other, String y, Set<String> shown) {
        return shown.stream().filter(x -> {
            Map<String, Participation> spread = other.spread().getOrDefault(x, Map.of());
            Participation here = spread.get(y);
            return here != null && spread.size() == 1
                    && here.invited() == counts.segments().get(x).participation().invited();
        }).toList();
    }

    private static boolean leavesSmallResidue(AnonymityGuard guard, CutCounts counts, List<String> inside,
                                              Participation total) {
        if (inside.isEmpty()) {
            return false;
        }
        return small(guard, total.invited() - sum(counts, inside, Participation::invited))
                || small(guard, total.responded() - sum(counts, inside, Participation::responded));
    }

    private static boolean small(AnonymityGuard guard, long residue) {
        return residue > 0 && !guard.allows(residue);
    }

    private static long sum(CutCounts counts, List<String> keys, ToLongFunction<Participation> measure) {
        return keys.stream().mapToLong(k -> measure.applyAsLong(counts.segments().get(k).participation())).sum();
    }

    private static Optional<String> smallest(CutCounts counts, List<String> keys) {
        return keys.stream().min(Comparator.<String>comparingLong(k -> counts.segments().get(k).participation().responded())
                .thenComparingLong(k -> counts.segments().get(k).participation().invited())
                .thenComparing(Comparator.naturalOrder()));
    }
}
