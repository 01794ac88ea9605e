package org.barometer.analytics.disclosure;

import org.barometer.analytics.stats.Histogram;
import org.barometer.analytics.stats.Polarity;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a wave could publish, as the gate reads it: its atoms (the finest groups stored, a wave's
 * profiles) with their counts, the groups a reader may ask for (every value of every segment
 * attribute), and the questions.
 *
 * @param threshold       k: no group, and no union of groups, of fewer answers is ever derivable
 * @param detailThreshold below this many answers a group whose answers to a question all fall on
 *                        one scale point shows no exact figure for it (default 2k)
 * @param segments        every value of every attribute among the invitees when the wave opened,
 *                        with how many held it — including values no atom keeps
 * @param answers         whether the answers are given (a closed wave); otherwise only
 *                        participation is decided
 */
public record WaveTable(int threshold, int detailThreshold, List<Item> questions, List<Atom> atoms,
                        Map<String, Map<String, Long>> segments, boolean answers) {

    /** A rated question: its key, scale and polarity. */
    public record Item(String key, int min, int max, Polarity polarity) {
    }

    /**
     * One atom.
     *
     * @param tuple     its segment attributes (name to value); an attribute it lacks puts it in no group of that attribute
     * @param answers   per question key, the histogram of its answers (empty when answers are not given)
     */
    public record Atom(String id, Map<String, String> tuple, long invited, long responded,
                       Map<String, Histogram> answers) {

        public Atom {
            if (responded < 0 || invited < responded) {
                throw new IllegalArgumentException("Need 0 ≤ responded ≤ invited, got " + responded + " of " + invited);
            }
            tuple = Map.copyOf(tuple);
            answers = Map.copyOf(answers);
        }
    }

    public WaveTable {
        if (threshold < 1 || detailThreshold < threshold) {
            throw new IllegalArgumentException("Need 1 ≤ k ≤ detail threshold, got " + threshold + ", " + detailThreshold);
        }
        questions = List.copyOf(questions);
        atoms = List.copyOf(atoms);
        SortedMap<String, Map<String, Long>> sorted = new TreeMap<>();
        segments.forEach((name, values) -> sorted.put(name, Collections.unmodifiableSortedMap(new TreeMap<>(values))));
        atoms.forEach(a -> a.tuple().forEach((name, value) -> sorted.computeIfAbsent(name, n -> new TreeMap<>())));
        segments = Collections.unmodifiableSortedMap(sorted);
    }
}
