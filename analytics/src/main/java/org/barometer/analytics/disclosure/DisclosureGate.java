package org.barometer.analytics.disclosure;

import org.barometer.analytics.stats.Histogram;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The one gate every published figure of a wave goes through (DESIGN.md, Anonymity §3, §5, §6):
 * it decides, once, a wave's {@link PublicationPlan}.
 *
 * <p>Groups are the organisation and every value of every segment attribute, each a union of the
 * wave's atoms. A reader who combines published figures by any linear combination learns exactly
 * the unions of atoms whose indicator lies in the row space of the shown groups ({@link
 * Derivation}); the gate makes sure none of them has a count {@code n} with {@code 0 < n < k}.
 * <ol>
 *   <li><b>Primary.</b> A group with fewer than k answers is hidden ({@link Decisions.Hidden#FEWER_THAN_K});
 *       a value no atom keeps (folded into a wider profile when the wave opened) is hidden with the
 *       reason of its folding: fewer than k invitees, or held by k or more and folded with a smaller one.</li>
 *   <li><b>Counts.</b> While some union of atoms with {@code 0 < responded < k} or
 *       {@code 0 < invited < k} is derivable, one of the shown groups its derivation uses is
 *       hidden ({@link Decisions.Hidden#PROTECTS_SMALLER}): the one hidden in the wave before, else
 *       the one with fewest answers, fewest atoms, then first by name. The organisation only when
 *       nothing else is used. Counts and sums share the same row space, so protecting the counts
 *       protects every sum (histograms, means).</li>
 *   <li><b>Answers alike</b> (for a wave whose answers are given). Per question: a shown group with
 *       fewer than the detail threshold of answers that all fall on one scale point shows no
 *       figure for it ({@link Decisions.Withheld#ALIKE_FAVOURABLE} or {@code _UNFAVOURABLE});
 *       then, while such a unanimous union below the detail threshold is derivable from the groups
 *       whose figures for the question are shown, one more group's figures for it are withheld
 *       ({@link Decisions.Withheld#PROTECTS_SMALLER}), chosen as above.</li>
 *   <li><b>Comments.</b> Comments are identifiable texts: a reader can place one in every list it
 *       appears in, so the unit of protection is the class of atoms contained in exactly the same
 *       comment-showing groups. While a class has {@code 0 < responded < k}, a group's comments
 *       are hidden: one that separates that class from another (so the two merge), chosen as
 *       above; the organisation's last. So no comment is placed in a group, or an intersection of
 *       groups, of fewer than k answers.</li>
 * </ol>
 * Exact rational arithmetic throughout; deterministic (the same table and previous decisions give
 * the same plan). A derivability search that exceeds its budget counts as a leak: the gate then
 * suppresses more, never less.
 *
 * <p>Reference: Hundepool, A. et al. (2012), <i>Statistical Disclosure Control</i>, Wiley, ch. 4–5
 * (primary and secondary cell suppression, audit of linked tables); Denning, Denning &amp;
 * Schwartz (1979), The Tracker, <i>ACM TODS</i> 4(1).
 */
public final class DisclosureGate {

    /** Search nodes per derivability question before it counts as a leak. */
    static final long BUDGET = 200_000;

    private DisclosureGate() {
    }

    /**
     * Decides what a wave publishes.
     *
     * @param previous the decisions of the wave before in the same series, or null: their hidden
     *                 groups are preferred as complements, so trend lines keep the same gaps
     */
    public static PublicationPlan decide(WaveTable table, Decisions previous) {
        Cells cells = new Cells(table);
        Preference preference = new Preference(cells, previous);
        Decisions.Hidden[] hidden = primary(cells);
        protectCounts(cells, hidden, preference);
        Map<Integer, Map<String, Decisions.Withheld>> withheld = new HashMap<>();
        BitSet comments = new BitSet();
        if (table.answers()) {
            for (WaveTable.Item question : table.questions()) {
                protectAnswers(cells, hidden, question, preference, withheld);
            }
            comments = protectComments(cells, hidden, preference);
        }
        List<Decisions.Entry> entries = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            Cells.Key key = cells.keys.get(c);
            entries.add(new Decisions.Entry(key.attribute(), key.value(), hidden[c],
                    hidden[c] == null ? withheld.getOrDefault(c, Map.of()) : Map.of(), hidden[c] == null && comments.get(c)));
        }
        return new PublicationPlan(table, new Decisions(entries));
    }

    /** The plan of decisions already taken (stored when first decided), on the wave's counts. */
    public static PublicationPlan plan(WaveTable table, Decisions decided) {
        return new PublicationPlan(table, decided);
    }

    private static Decisions.Hidden[] primary(Cells cells) {
        int k = cells.table.threshold();
        Decisions.Hidden[] hidden = new Decisions.Hidden[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            Cells.Key key = cells.keys.get(c);
            if (cells.atoms.get(c).isEmpty() && c != 0) {
                long heldBy = cells.table.segments().getOrDefault(key.attribute(), Map.of()).getOrDefault(key.value(), 0L);
                hidden[c] = heldBy < k ? Decisions.Hidden.FEWER_THAN_K : Decisions.Hidden.PROTECTS_SMALLER;
            } else if (cells.responded[c] < k) {
                hidden[c] = Decisions.Hidden.FEWER_THAN_K;
            }
        }
        if (hidden[0] != null) {
            hideAll(hidden);
        }
        return hidden;
    }

    private static void hideAll(Decisions.Hidden[] hidden) {
        for (int c = 0; c < hidden.length; c++) {
            if (hidden[c] == null) {
                hidden[c] = Decisions.Hidden.PROTECTS_SMALLER;
            }
        }
    }

    private static BitSet shown(Decisions.Hidden[] hidden) {
        BitSet shown = new BitSet();
        for (int c = 0; c < hidden.length; c++) {
            if (hidden[c] == null) {
                shown.set(c);
            }
        }
        return shown;
    }

    /** Step 2: no derivable union with 0 &lt; responded &lt; k or 0 &lt; invited &lt; k. */
    private static void protectCounts(Cells cells, Decisions.Hidden[] hidden, Preference preference) {
        long bound = cells.table.threshold() - 1L;
        while (true) {
            BitSet shown = shown(hidden);
            if (shown.isEmpty()) {
                return;
            }
            Cells.Partition partition = cells.partition(shown);
            Derivation derivation = new Derivation(partition.count(), partition.rows());
            Leak leak = Leak.find(derivation, partition, partition.sum(cells.atomResponded), bound, null);
            if (leak == null) {
                leak = Leak.find(derivation, partition, partition.sum(cells.atomInvited), bound, null);
            }
            if (leak == null) {
                return;
            }
            int victim = preference.cheapest(leak.candidates(partition));
            if (victim == 0) {
                hideAll(hidden);
                return;
            }
            hidden[victim] = Decisions.Hidden.PROTECTS_SMALLER;
        }
    }

    /** Step 3, for one question. */
    private static void protectAnswers(Cells cells, Decisions.Hidden[] hidden, WaveTable.Item question,
                                       Preference preference, Map<Integer, Map<String, Decisions.Withheld>> withheld) {
        int detail = cells.table.detailThreshold();
        BitSet shown = shown(hidden);
        for (int c = shown.nextSetBit(0); c >= 0; c = shown.nextSetBit(c + 1)) {
            Histogram h = cells.histogram(c, question);
            Integer alike = alike(h);
            if (alike != null && h.n() < detail) {
                boolean favourable = question.polarity().favourable(alike, question.min(), question.max());
                withheld.computeIfAbsent(c, x -> new TreeMap<>()).put(question.key(),
                        favourable ? Decisions.Withheld.ALIKE_FAVOURABLE : Decisions.Withheld.ALIKE_UNFAVOURABLE);
                shown.clear(c);
            }
        }
        long[] answered = new long[cells.table.atoms().size()];
        Integer[] atomAlike = new Integer[answered.length];
        for (int a = 0; a < answered.length; a++) {
            Histogram h = cells.table.atoms().get(a).answers().get(question.key());
            answered[a] = h == null ? 0 : h.n();
            atomAlike[a] = h == null ? null : alike(h);
        }
        while (!shown.isEmpty()) {
            Cells.Partition partition = cells.partition(shown);
            Derivation derivation = new Derivation(partition.count(), partition.rows());
            long[] n = partition.sum(answered);
            Leak leak = null;
            for (int v = question.min(); v <= question.max() && leak == null; v++) {
                leak = Leak.find(derivation, partition, n, detail - 1L, alikeAt(partition, answered, atomAlike, v));
            }
            if (leak == null) {
                return;
            }
            int victim = preference.cheapestFor(question.key(), leak.candidates(partition));
            withheld.computeIfAbsent(victim, x -> new TreeMap<>()).put(question.key(), Decisions.Withheld.PROTECTS_SMALLER);
            shown.clear(victim);
        }
    }

    /** @return the one value all answers share, or null when they differ or there are none */
    private static Integer alike(Histogram h) {
        if (h.n() == 0) {
            return null;
        }
        for (int v = h.min(); v <= h.max(); v++) {
            if (h.count(v) == h.n()) {
                return v;
            }
        }
        return null;
    }

    /** Classes whose answers (if any) are all {@code v}: the only ones a union unanimous on v can hold. */
    private static boolean[] alikeAt(Cells.Partition partition, long[] answered, Integer[] atomAlike, int v) {
        boolean[] ok = new boolean[partition.count()];
        java.util.Arrays.fill(ok, true);
        for (int a = 0; a < answered.length; a++) {
            if (answered[a] > 0 && (atomAlike[a] == null || atomAlike[a] != v)) {
                ok[partition.classOf()[a]] = false;
            }
        }
        return ok;
    }

    /** Step 4: the groups whose comments are shown. */
    private static BitSet protectComments(Cells cells, Decisions.Hidden[] hidden, Preference preference) {
        BitSet shown = shown(hidden);
        int k = cells.table.threshold();
        while (!shown.isEmpty()) {
            Cells.Partition partition = cells.partition(shown);
            long[] n = partition.sum(cells.atomResponded);
            List<BitSet> signatures = signatures(partition);
            // A class in no list has no comment shown anywhere: it needs no protection.
            int small = IntStream.range(0, partition.count()).filter(x -> n[x] > 0 && n[x] < k && !signatures.get(x).isEmpty())
                    .boxed().min(Comparator.<Integer>comparingLong(x -> n[x]).thenComparingInt(x -> x)).orElse(-1);
            if (small < 0) {
                return shown;
            }
            // First the lists whose hiding merges the small class with a neighbour at once; else the
            // lists it is in, which widen it towards one.
            Set<Integer> candidates = new HashSet<>();
            BitSet mine = signatures.get(small);
            for (int other = 0; other < partition.count(); other++) {
                BitSet difference = (BitSet) mine.clone();
                difference.xor(signatures.get(other));
                if (other != small && difference.cardinality() == 1) {
                    candidates.add(partition.shown().get(difference.nextSetBit(0)));
                }
            }
            candidates.remove(0);
            if (candidates.isEmpty()) {
                mine.stream().forEach(i -> candidates.add(partition.shown().get(i)));
                candidates.remove(0);
            }
            int victim = candidates.isEmpty() ? 0 : preference.cheapestForComments(candidates);
            shown.clear(victim);
        }
        return shown;
    }

    /** For each class, the shown groups (indexes into the partition's list) containing it. */
    private static List<BitSet> signatures(Cells.Partition partition) {
        List<BitSet> signatures = new ArrayList<>();
        for (int x = 0; x < partition.count(); x++) {
            signatures.add(new BitSet());
        }
        for (int i = 0; i < partition.rows().size(); i++) {
            for (int x : partition.rows().get(i)) {
                signatures.get(x).set(i);
            }
        }
        return signatures;
    }

    /** A derivable union found (or a search that could not finish), and the shown groups it involves. */
    private record Leak(Derivation.Witness witness, BitSet undecidedClasses) {

        /**
         * @param alike classes a union may hold on top of the weight bound (null: all of them)
         * @return a leak, or null when no union with {@code 1 ≤ weight ≤ bound} is derivable
         */
        static Leak find(Derivation derivation, Cells.Partition partition, long[] weight, long bound, boolean[] alike) {
            boolean[] allowed = new boolean[partition.count()];
            boolean any = false;
            for (int x = 0; x < allowed.length; x++) {
                allowed[x] = weight[x] <= bound && (alike == null || alike[x]);
                any |= allowed[x] && weight[x] > 0;
            }
            if (!any) {
                return null;
            }
            Derivation.Outcome outcome;
            try {
                outcome = derivation.find(weight, allowed, bound, BUDGET);
            } catch (ArithmeticException overflow) {
                outcome = Derivation.Outcome.UNDECIDED;
            }
            if (outcome.witness().isPresent()) {
                return new Leak(outcome.witness().get(), null);
            }
            if (!outcome.undecided()) {
                return null;
            }
            BitSet suspects = new BitSet();
            for (int x = 0; x < allowed.length; x++) {
                if (allowed[x] && weight[x] > 0) {
                    suspects.set(x);
                }
            }
            return new Leak(null, suspects);
        }

        /** Shown groups (cell indexes) whose hiding breaks this derivation, or that touch the suspects. */
        List<Integer> candidates(Cells.Partition partition) {
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < partition.shown().size(); i++) {
                boolean involved = witness != null ? witness.uses(i)
                        : IntStream.of(partition.rows().get(i)).anyMatch(undecidedClasses::get);
                if (involved) {
                    candidates.add(partition.shown().get(i));
                }
            }
            return candidates;
        }
    }

    /**
     * Which shown group to give up first: one given up in the wave before (for the same reason:
     * hidden, its figures for the same question withheld, its comments hidden), then fewest
     * answers, fewest atoms, then by attribute and value. The organisation only if it is the only
     * choice.
     */
    private static final class Preference {
        private final Cells cells;
        private final Set<Cells.Key> hiddenBefore = new HashSet<>();
        private final Map<String, Set<Cells.Key>> withheldBefore = new HashMap<>();
        private final Set<Cells.Key> silentBefore = new HashSet<>();

        Preference(Cells cells, Decisions previous) {
            this.cells = cells;
            if (previous != null) {
                previous.entries().forEach(e -> {
                    Cells.Key key = new Cells.Key(e.attribute(), e.value());
                    if (e.hidden() != null) {
                        hiddenBefore.add(key);
                    }
                    e.withheld().keySet().forEach(q -> withheldBefore.computeIfAbsent(q, x -> new HashSet<>()).add(key));
                    if (!e.comments()) {
                        silentBefore.add(key);
                    }
                });
            }
        }

        int cheapest(List<Integer> candidates) {
            return candidates.stream().filter(c -> c != 0).min(order(hiddenBefore)).orElse(0);
        }

        int cheapestFor(String question, List<Integer> candidates) {
            return candidates.stream().filter(c -> c != 0)
                    .min(order(withheldBefore.getOrDefault(question, Set.of()))).orElse(0);
        }

        int cheapestForComments(Set<Integer> candidates) {
            return candidates.stream().min(order(silentBefore)).orElseThrow();
        }

        private Comparator<Integer> order(Set<Cells.Key> before) {
            return Comparator.<Integer, Boolean>comparing(c -> !before.contains(cells.keys.get(c)))
                    .thenComparingLong(c -> cells.responded[c])
                    .thenComparingInt(c -> cells.atoms.get(c).cardinality())
                    .thenComparing(c -> cells.keys.get(c).attribute())
                    .thenComparing(c -> cells.keys.get(c).value());
        }
    }
}
