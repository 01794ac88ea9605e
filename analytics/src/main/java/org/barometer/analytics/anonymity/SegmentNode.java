package org.barometer.analytics.anonymity;

import java.util.List;
import java.util.Objects;

/**
 * A segment in a hierarchy of nested cuts (organisation → department → team), with its
 * counts and sub-segments. Keys must be unique in the whole tree.
 *
 * @param key segment key
 * @param counts invited and responded
 * @param children sub-segments, possibly none
 */
public record SegmentNode(String key, Participation counts, List<SegmentNode> children) {

    public SegmentNode {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(counts, "counts");
        children = List.copyOf(children);
    }

    /** @return a segment known by its responses only */
    public static SegmentNode ofResponses(String key, long responses, SegmentNode... children) {
        return new SegmentNode(key, Participation.ofResponses(responses), List.of(children));
    }

    /** @return a segment with participation counts */
    public static SegmentNode of(String key, Participation counts, SegmentNode... children) {
        return new SegmentNode(key, counts, List.of(children));
    }
}
