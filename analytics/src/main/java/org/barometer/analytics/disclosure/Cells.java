package org.barometer.analytics.disclosure;

import org.barometer.analytics.stats.Histogram;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of a wave as sets of atoms: index 0 is the organisation, then each value of each
 * attribute in order (values no atom holds are empty groups). Also builds, for any set of shown
 * groups, the classes those groups tell apart: atoms contained in exactly the same shown groups,
 * which every published figure treats together.
 */
final class Cells {

    /** One group: attribute ("" for the organisation) and value. */
    record Key(String attribute, String value) {
        static final Key ORGANISATION = new Key("", "");
    }

    /** Classes of atoms for a set of shown groups: each atom's class, and each shown group as class indexes. */
    record Partition(int[] classOf, int count, List<Integer> shown, List<int[]> rows) {

        /** Sum of a per-atom measure per class. */
        long[] sum(long[] perAtom) {
            long[] sums = new long[count];
            for (int a = 0; a < classOf.length; a++) {
                sums[classOf[a]] += perAtom[a];
            }
            return sums;
        }

        BitSet atomsOf(BitSet classes) {
            BitSet atoms = new BitSet();
            for (int a = 0; a < classOf.length; a++) {
                if (classes.get(classOf[a])) {
                    atoms.set(a);
                }
            }
            return atoms;
        }
    }

    final WaveTable table;
    final List<Key> keys = new ArrayList<>();
    final List<BitSet> atoms = new ArrayList<>();
    final long[] responded;
    final long[] invited;
    final long[] atomResponded;
    final long[] atomInvited;
    private final Map<Key, Integer> index = new HashMap<>();

    Cells(WaveTable table) {
        this.table = table;
        int n = table.atoms().size();
        add(Key.ORGANISATION, all(n));
        table.segments().forEach((name, values) -> {
            Map<String, BitSet> byValue = new java.util.TreeMap<>();
            values.keySet().forEach(v -> byValue.put(v, new BitSet()));
            for (int a = 0; a < n; a++) {
                String v = table.atoms().get(a).tuple().get(name);
                if (v != null) {
                    byValue.computeIfAbsent(v, x -> new BitSet()).set(a);
                }
            }
            byValue.forEach((value, members) -> add(new Key(name, value), members));
        });
        atomResponded = table.atoms().stream().mapToLong(WaveTable.Atom::responded).toArray();
        atomInvited = table.atoms().stream().mapToLong(WaveTable.Atom::invited).toArray();
        responded = new long[keys.size()];
        invited = new long[keys.size()];
        for (int c = 0; c < keys.size(); c++) {
            responded[c] = sum(c, atomResponded);
            invited[c] = sum(c, atomInvited);
        }
    }

    private static BitSet all(int n) {
        BitSet all = new BitSet();
        all.set(0, n);
        return all;
    }

    private void add(Key key, BitSet members) {
        index.put(key, keys.size());
        keys.add(key);
        atoms.add(members);
    }

    int size() {
        return keys.size();
    }

    Integer indexOf(Key key) {
        return index.get(key);
    }

    long sum(int cell, long[] perAtom) {
        long s = 0;
        for (int a = atoms.get(cell).nextSetBit(0); a >= 0; a = atoms.get(cell).nextSetBit(a + 1)) {
            s += perAtom[a];
        }
        return s;
    }

    /** The answers of a group to a question, summed over its atoms. */
    Histogram histogram(int cell, WaveTable.Item question) {
        Histogram sum = Histogram.empty(question.min(), question.max());
        BitSet members = atoms.get(cell);
        for (int a = members.nextSetBit(0); a >= 0; a = members.nextSetBit(a + 1)) {
            Histogram h = table.atoms().get(a).answers().get(question.key());
            if (h != null) {
                sum = sum.plus(h);
            }
        }
        return sum;
    }

    /** The classes of atoms told apart by the shown groups. */
    Partition partition(BitSet shown) {
        int n = table.atoms().size();
        Map<BitSet, Integer> classes = new HashMap<>();
        int[] classOf = new int[n];
        List<Integer> shownList = new ArrayList<>();
        shown.stream().forEach(shownList::add);
        for (int a = 0; a < n; a++) {
            BitSet signature = new BitSet();
            for (int i = 0; i < shownList.size(); i++) {
                if (atoms.get(shownList.get(i)).get(a)) {
                    signature.set(i);
                }
            }
            classOf[a] = classes.computeIfAbsent(signature, s -> classes.size());
        }
        List<int[]> rows = new ArrayList<>();
        for (int cell : shownList) {
            BitSet members = new BitSet();
            atoms.get(cell).stream().forEach(a -> members.set(classOf[a]));
            rows.add(members.stream().toArray());
        }
        return new Partition(classOf, classes.size(), shownList, rows);
    }
}
