package org.barometer.tally;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order a batch of answers is written in: uniformly random among the orders in which no two
 * answers that arrived one right after the other follow each other in the same order. A random
 * order alone says nothing of who answered when; excluding the orders that keep a pair of
 * neighbours lets a test (and an auditor) check that no run of the answering order survives, at
 * the cost of knowing that no such pair is adjacent — a fraction of a bit per answer. Batches of
 * one or two are left uniform (for two the rule would dictate the order).
 */
final class ReleaseOrder {

    private ReleaseOrder() {
    }

    /** @param arrival the batch in the order it arrived */
    static <T> List<T> of(List<T> arrival, Random random) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < arrival.size(); i++) {
            positions.add(i);
        }
        do {
            Collections.shuffle(positions, random);
        } while (arrival.size() > 2 && keepsANeighbour(positions));
        List<T> ordered = new ArrayList<>(arrival.size());
        positions.forEach(p -> ordered.add(arrival.get(p)));
        return ordered;
    }

    /** Whether some answer is directly followed by the one that arrived right after it. */
    static boolean keepsANeighbour(List<Integer> positions) {
        for (int i = 1; i < positions.size(); i++) {
            if (positions.get(i) == positions.get(i - 1) + 1) {
                return true;
            }
        }
        return false;
    }
}
