package org.barometer.analytics.anonymity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random organisation trees (up to three levels below the root) with consistent counts. */
final class SegmentTrees {

    private SegmentTrees() {
    }

    /** A leaf's counts, or a node's people in no child. */
    private record Counts(long invited, long responded) {
    }

    /** Shape of a tree before keys and totals are filled in. */
    private record Shape(Counts own, List<Shape> children) {
    }

    static Arbitrary<SegmentNode> trees() {
        return shape(3).map(shape -> build(shape, new AtomicInteger()));
    }

    private static Arbitrary<Counts> counts() {
        return Combinators.combine(Arbitraries.longs().between(0, 15), Arbitraries.longs().between(0, 6))
                .as((responded, silent) -> new Counts(responded + silent, responded));
    }

    private static Arbitrary<Shape> shape(int depth) {
        if (depth == 0) {
            return counts().map(own -> new Shape(own, List.of()));
        }
        return Combinators.combine(counts(), shape(depth - 1).list().ofMaxSize(4)).as(Shape::new);
    }

    private static SegmentNode build(Shape shape, AtomicInteger ids) {
        String key = "s" + ids.getAndIncrement();
        List<SegmentNode> children = new ArrayList<>();
        long invited = shape.own().invited();
        long responded = shape.own().responded();
        for (Shape child : shape.children()) {
            SegmentNode node = build(child, ids);
            children.add(node);
            invited += node.counts().invited();
            responded += node.counts().responded();
        }
        return new SegmentNode(key, new Participation(invited, responded), children);
    }
}
