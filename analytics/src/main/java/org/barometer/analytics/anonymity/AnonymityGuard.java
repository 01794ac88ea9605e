package org.barometer.analytics.anonymity;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The one gate every published figure, count and comment goes through (DESIGN.md, Anonymity
 * §2–4), with threshold {@code k}.
 *
 * <ul>
 *   <li>A single group is shown only with at least {@code k} responses: {@link #allows}.</li>
 *   <li>A breakdown (children of a parent) is suppressed by {@link ComplementarySuppression}:
 *       groups below {@code k} are hidden, then the smallest other children until parent minus
 *       visible children never isolates fewer than {@code k} people. For participation the
 *       threshold is on responded, and the rule holds for both invited and responded.</li>
 *   <li>Nested or crossed cuts go through {@link #suppress(SegmentNode)} or
 *       {@link #suppress(LinkedBreakdowns)}, which settle all groups together; suppressing each
 *       breakdown on its own would not protect a cell hidden in one group and shown in
 *       another.</li>
 *   <li>Comments: {@link #comments} returns them, shuffled, only for {@code k} responses or
 *       more; pass only groups the breakdown left visible.</li>
 * </ul>
 * Which count to pass: the responses behind the figures shown. Per-question figures of a
 * segment rest on that question's answers; if a rating question can be skipped, suppress the
 * breakdown with each question's counts (or take the smallest), otherwise parent minus visible
 * children can isolate the few who answered it.
 *
 * <p>Immutable and thread-safe.
 */
public final class AnonymityGuard {

    /** Default anonymity threshold of a program. */
    public static final int DEFAULT_THRESHOLD = 5;

    private final int threshold;

    private AnonymityGuard(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("Threshold must be at least 1, got " + threshold);
        }
        this.threshold = threshold;
    }

    /** @return the guard with {@code k = 5} */
    public static AnonymityGuard standard() {
        return new AnonymityGuard(DEFAULT_THRESHOLD);
    }

    /** @return the guard with threshold {@code k} (the program's setting) */
    public static AnonymityGuard withThreshold(int k) {
        return new AnonymityGuard(k);
    }

    /** @return {@code k} */
    public int threshold() {
        return threshold;
    }

    /** @return whether a group with this many responses may be shown on its own */
    public boolean allows(long responses) {
        return responses >= threshold;
    }

    /**
     * Suppresses the children of one parent. The parent itself is shown iff
     * {@link #allows allows(parentTotal)}; when it is not, every child is hidden.
     *
     * @return the visibility of each child
     */
    public Suppression suppress(Breakdown breakdown) {
        Map<String, Participation> children = new LinkedHashMap<>();
        breakdown.children().forEach((key, n) -> children.put(key, Participation.ofResponses(n)));
        return suppressOneGroup(Participation.ofResponses(breakdown.parentTotal()), children);
    }

    /**
     * Suppresses the participation of the children of one parent; a child is shown only with at
     * least {@code k} responded, and the subtraction rule holds for invited and responded.
     *
     * @return the visibility of each child (invited and responded are shown or hidden together)
     */
    public Suppression suppress(ParticipationBreakdown breakdown) {
        return suppressOneGroup(breakdown.parent(), breakdown.children());
    }

    /**
     * Suppresses a hierarchy of nested cuts, every level at once.
     *
     * @return the visibility of every node, root included
     */
    public Suppression suppress(SegmentNode root) {
        Map<String, Participation> cells = new LinkedHashMap<>();
        List<LinkedBreakdowns.Group> groups = new ArrayList<>();
        collect(root, cells, groups);
        return suppress(new LinkedBreakdowns(cells, groups));
    }

    /**
     * Suppresses cells linked by several parent/children groups (nested and crossed cuts).
     *
     * @return the visibility of every cell
     */
    public Suppression suppress(LinkedBreakdowns tables) {
        List<String> keys = List.copyOf(tables.cells().keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
        }
        Participation[] cells = tables.cells().values().toArray(Participation[]::new);
        int[] parents = new int[tables.groups().size()];
        int[][] children = new int[parents.length][];
        for (int g = 0; g < parents.length; g++) {
            LinkedBreakdowns.Group group = tables.groups().get(g);
            parents[g] = index.get(group.parent());
            children[g] = group.children().stream().mapToInt(index::get).distinct().toArray();
        }
        Visibility[] visibility = ComplementarySuppression.apply(threshold, cells, parents, children);
        Map<String, Visibility> result = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            result.put(keys.get(i), visibility[i]);
        }
        return new Suppression(result);
    }

    /**
     * @param responses responses of the group the comments come from
     * @param random source of the shuffle (inject a seeded one in tests)
     * @return the comments in random order, or none when the group has fewer than {@code k}
     *         responses
     */
    public List<String> comments(long responses, List<String> comments, Random random) {
        if (!allows(responses)) {
            return List.of();
        }
        List<String> shuffled = new ArrayList<>(comments);
        Collections.shuffle(shuffled, random);
        return Collections.unmodifiableList(shuffled);
    }

    /** @return {@link #comments(long, List, Random)} shuffled by a {@link SecureRandom} */
    public List<String> comments(long responses, List<String> comments) {
        return comments(responses, comments, new SecureRandom());
    }

    private Suppression suppressOneGroup(Participation parent, Map<String, Participation> children) {
        Participation[] cells = new Participation[children.size() + 1];
        cells[0] = parent;
        int[] childIndexes = new int[children.size()];
        int i = 0;
        for (Participation child : children.values()) {
            childIndexes[i] = i + 1;
            cells[++i] = child;
        }
        Visibility[] visibility = ComplementarySuppression.apply(
                threshold, cells, new int[] {0}, new int[][] {childIndexes});
        Map<String, Visibility> result = new LinkedHashMap<>();
        i = 0;
        for (String key : children.keySet()) {
            result.put(key, visibility[++i]);
        }
        return new Suppression(result);
    }

    private static void collect(SegmentNode node, Map<String, Participation> cells,
                                List<LinkedBreakdowns.Group> groups) {
        if (cells.putIfAbsent(node.key(), node.counts()) != null) {
            throw new IllegalArgumentException("Duplicate segment key " + node.key());
        }
        if (!node.children().isEmpty()) {
            groups.add(new LinkedBreakdowns.Group(node.key(),
                    node.children().stream().map(SegmentNode::key).toList()));
            node.children().forEach(child -> collect(child, cells, groups));
        }
    }
}
