package org.barometer.analytics.anonymity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The attribute tuples a wave stores its answers with, generalised so that every stored tuple is
 * shared by at least {@code k} invitees (DESIGN.md, Anonymity §2; k-anonymity by generalisation,
 * Samarati and Sweeney 1998). Generalising a tuple means dropping some of its attributes: the
 * answer of someone whose team × location is unique is stored with their department and location
 * only, or with fewer attributes still, never with a value they do not have.
 *
 * <p>Rule, applied to the invitees' full tuples (people with equal tuples are always stored alike):
 * <ol>
 *   <li>A value held by fewer than {@code k} invitees of the whole wave is dropped from every tuple
 *       that has it: no class holding it could ever reach {@code k} (a rare team, a unique manager).</li>
 *   <li>Then, while some class (the people sharing one stored tuple) has fewer than {@code k}
 *       members, the smallest one (ties: first in tuple order) is merged with the class that loses
 *       the least information, counted as people × attributes dropped:
 *       {@code |C|·(a(C) − a(C∩D)) + |D|·(a(D) − a(C∩D))}, where {@code a} counts attributes and
 *       {@code C∩D} is the attributes both share with the same value (ties: more attributes kept,
 *       then the smaller partner, then tuple order). Both become {@code C∩D}, joined by any class
 *       already stored that way.</li>
 * </ol>
 * When the whole wave has fewer than {@code k} invitees nothing can be shared by {@code k}: every
 * tuple becomes the empty one (and the wave publishes nothing, since its total is under the
 * threshold).
 *
 * <p>Deterministic: the same people give the same tuples. Immutable.
 */
public final class Generalisation {

    /** Tuples in lexicographic order of their (name, value) pairs: the order ties are broken in. */
    private static final Comparator<SortedMap<String, String>> TUPLE_ORDER = Generalisation::compare;

    private final int k;
    private final Map<SortedMap<String, String>, SortedMap<String, String>> stored;
    private final Map<SortedMap<String, String>, Long> classes;

    private Generalisation(int k, Map<SortedMap<String, String>, SortedMap<String, String>> stored,
                           Map<SortedMap<String, String>, Long> classes) {
        this.k = k;
        this.stored = stored;
        this.classes = classes;
    }

    /**
     * @param k      the wave's threshold, at least 1
     * @param people invitees by full attribute tuple (attribute name to value), counts positive
     */
    public static Generalisation of(int k, Map<? extends Map<String, String>, Long> people) {
        if (k < 1) {
            throw new IllegalArgumentException("Threshold must be at least 1, got " + k);
        }
        Map<SortedMap<String, String>, Long> counts = new TreeMap<>(TUPLE_ORDER);
        people.forEach((tuple, n) -> {
            if (n <= 0) {
                throw new IllegalArgumentException("Counts must be positive, got " + n + " for " + tuple);
            }
            counts.merge(tuple(tuple), n, Long::sum);
        });
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<SortedMap<String, String>, SortedMap<String, String>> stored = new HashMap<>();
        if (total < k) {
            counts.keySet().forEach(full -> stored.put(full, tuple(Map.of())));
            return new Generalisation(k, stored, total == 0 ? Map.of() : Map.of(tuple(Map.of()), total));
        }
        Map<SortedMap<String, String>, SortedMap<String, String>> common = withoutRareValues(k, counts);
        Merging merging = new Merging(k);
        common.forEach((full, tuple) -> merging.add(tuple, full, counts.get(full)));
        merging.run();
        merging.members.forEach((tuple, fulls) -> fulls.forEach(full -> stored.put(full, tuple)));
        return new Generalisation(k, stored, Map.copyOf(merging.sizes));
    }

    /** @return the tuple {@code full} is stored with; {@code full} must have been among the people given */
    public Map<String, String> storedTuple(Map<String, String> full) {
        SortedMap<String, String> tuple = stored.get(tuple(full));
        if (tuple == null) {
            throw new IllegalArgumentException("Not among the people generalised: " + full);
        }
        return Collections.unmodifiableMap(tuple);
    }

    /** @return each stored tuple with the number of invitees stored with it */
    public Map<Map<String, String>, Long> classes() {
        Map<Map<String, String>, Long> result = new LinkedHashMap<>();
        classes.entrySet().stream().sorted(Map.Entry.comparingByKey(TUPLE_ORDER))
                .forEach(e -> result.put(Collections.unmodifiableMap(e.getKey()), e.getValue()));
        return Collections.unmodifiableMap(result);
    }

    /** @return the threshold the tuples were generalised for */
    public int threshold() {
        return k;
    }

    /**
     * Where a newcomer (invited after the wave opened) is stored among the tuples already in use:
     * the most specific one they match (all of its attributes with the same value; ties: tuple
     * order). Empty when none matches; see {@link #widening}.
     */
    public static Optional<Map<String, String>> placement(Map<String, String> full,
                                                          Collection<? extends Map<String, String>> inUse) {
        return inUse.stream().map(Generalisation::tuple)
                .filter(t -> full.entrySet().containsAll(t.entrySet()))
                .max(Comparator.<SortedMap<String, String>>comparingInt(Map::size).thenComparing(TUPLE_ORDER.reversed()))
                .map(Collections::unmodifiableMap);
    }

    /**
     * For a newcomer no tuple in use matches: the tuple in use to widen so that it does, by
     * dropping the attributes it does not share with the newcomer — the one keeping the most
     * attributes (ties: tuple order). Its people are then stored with the wider tuple, the
     * newcomer with them. Empty when nothing is in use.
     *
     * @return the tuple to widen and what it becomes
     */
    public static Optional<Map.Entry<Map<String, String>, Map<String, String>>> widening(
            Map<String, String> full, Collection<? extends Map<String, String>> inUse) {
        return inUse.stream().map(Generalisation::tuple)
                .min(Comparator.<SortedMap<String, String>>comparingInt(t -> -shared(t, tuple(full)).size())
                        .thenComparing(TUPLE_ORDER))
                .map(t -> Map.entry(Collections.unmodifiableMap(t), Collections.unmodifiableMap(shared(t, tuple(full)))));
    }

    /** Rule 1: each full tuple without the values fewer than k invitees hold. */
    private static Map<SortedMap<String, String>, SortedMap<String, String>> withoutRareValues(
            int k, Map<SortedMap<String, String>, Long> counts) {
        Map<Map.Entry<String, String>, Long> holders = new HashMap<>();
        counts.forEach((tuple, n) -> tuple.entrySet().forEach(e -> holders.merge(Map.entry(e.getKey(), e.getValue()), n, Long::sum)));
        Map<SortedMap<String, String>, SortedMap<String, String>> result = new TreeMap<>(TUPLE_ORDER);
        counts.keySet().forEach(full -> {
            SortedMap<String, String> kept = new TreeMap<>();
            full.forEach((name, value) -> {
                if (holders.get(Map.entry(name, value)) >= k) {
                    kept.put(name, value);
                }
            });
            result.put(full, kept);
        });
        return result;
    }

    private static SortedMap<String, String> shared(Map<String, String> a, Map<String, String> b) {
        SortedMap<String, String> common = new TreeMap<>();
        a.forEach((name, value) -> {
            if (value.equals(b.get(name))) {
                common.put(name, value);
            }
        });
        return common;
    }

    private static int compare(SortedMap<String, String> a, SortedMap<String, String> b) {
        var i = a.entrySet().iterator();
        var j = b.entrySet().iterator();
        while (i.hasNext() && j.hasNext()) {
            var x = i.next();
            var y = j.next();
            int c = x.getKey().compareTo(y.getKey());
            if (c == 0) {
                c = x.getValue().compareTo(y.getValue());
            }
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(i.hasNext(), j.hasNext());
    }

    private static SortedMap<String, String> tuple(Map<String, String> attributes) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }

    /** Rule 2, agglomerative: classes keyed by stored tuple, with their members' full tuples. */
    private static final class Merging {
        private final int k;
        private final Map<SortedMap<String, String>, Long> sizes = new TreeMap<>(TUPLE_ORDER);
        private final Map<SortedMap<String, String>, List<SortedMap<String, String>>> members = new TreeMap<>(TUPLE_ORDER);

        Merging(int k) {
            this.k = k;
        }

        void add(SortedMap<String, String> tuple, SortedMap<String, String> full, long n) {
            sizes.merge(tuple, n, Long::sum);
            members.computeIfAbsent(tuple, t -> new ArrayList<>()).add(full);
        }

        void run() {
            Optional<SortedMap<String, String>> small;
            while ((small = smallest()).isPresent()) {
                SortedMap<String, String> c = small.get();
                SortedMap<String, String> d = partner(c);
                SortedMap<String, String> merged = tuple(shared(c, d));
                move(c, merged);
                move(d, merged);
            }
        }

        private Optional<SortedMap<String, String>> smallest() {
            return sizes.entrySet().stream().filter(e -> e.getValue() < k)
                    .min(Map.Entry.<SortedMap<String, String>, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(TUPLE_ORDER)))
                    .map(Map.Entry::getKey);
        }

        private SortedMap<String, String> partner(SortedMap<String, String> c) {
            long cSize = sizes.get(c);
            SortedMap<String, String> best = null;
            long bestLoss = Long.MAX_VALUE;
            int bestKept = -1;
            for (var candidate : sizes.entrySet()) {
                SortedMap<String, String> d = candidate.getKey();
                if (d.equals(c)) {
                    continue;
                }
                int kept = shared(c, d).size();
                long loss = cSize * (c.size() - kept) + candidate.getValue() * (d.size() - kept);
                if (best == null || loss < bestLoss || loss == bestLoss && (kept > bestKept
                        || kept == bestKept && candidate.getValue() < sizes.get(best))) {
                    best = d;
                    bestLoss = loss;
                    bestKept = kept;
                }
            }
            return best;
        }

        private void move(SortedMap<String, String> from, SortedMap<String, String> to) {
            if (from.equals(to)) {
                return;
            }
            long n = sizes.remove(from);
            List<SortedMap<String, String>> fulls = members.remove(from);
            sizes.merge(to, n, Long::sum);
            members.computeIfAbsent(to, t -> new ArrayList<>()).addAll(fulls);
        }
    }
}
