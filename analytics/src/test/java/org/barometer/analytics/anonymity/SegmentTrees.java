package org.barometer.analytics.anonymity;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** Random organisation trees (up to three levels below the root) with consistent counts. */
final class SegmentTrees {

    private static final int DEPTH = 3;
    private static final int MAX_CHILDREN = 4;
    private static final int MAX_OWN_RESPONDED = 15;
    private static final int MAX_OWN_SILENT = 6;

    private SegmentTrees() {
    }

    /**
     * A tree whose nodes have 0 to 4 children (a quarter none, a quarter four), down to three
     * levels below the root. Each node's counts are its children's plus its own people in no
     * child: 0–15 responded and 0–6 silent, drawn by {@link RandomCases#count} around {@code k}.
     * Keys {@code s0, s1, ...} in pre-order.
     */
    static SegmentNode tree(Random random, int k) {
        return node(random, k, DEPTH, new AtomicInteger());
    }

    /** @return the tree as {@code key responded/invited [children]}, one line */
    static String describe(SegmentNode node) {
        String counts = node.key() + " " + node.counts().responded() + "/" + node.counts().invited();
        return node.children().isEmpty()
                ? counts
                : counts + node.children().stream().map(SegmentTrees::describe).collect(Collectors.joining(", ", " [", "]"));
    }

    private static SegmentNode node(Random random, int k, int depth, AtomicInteger ids) {
        String key = "s" + ids.getAndIncrement();
        Participation own = RandomCases.participation(random, MAX_OWN_RESPONDED, MAX_OWN_SILENT, k);
        long invited = own.invited();
        long responded = own.responded();
        List<SegmentNode> children = new ArrayList<>();
        int size = depth == 0 ? 0 : RandomCases.size(random, 0, MAX_CHILDREN);
        for (int i = 0; i < size; i++) {
            SegmentNode child = node(random, k, depth - 1, ids);
            children.add(child);
            invited += child.counts().invited();
            responded += child.counts().responded();
        }
        return new SegmentNode(key, new Participation(invited, responded), children);
    }
}
