package org.barometer.analytics.anonymity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cells published together and the parent/children groups that link them: the general input
 * of complementary suppression.
 *
 * <p>A cell may be a child in several groups (in a team × location table, cell
 * {@code (t, l)} is a child of team {@code t} and of location {@code l}) and a parent in one
 * group while a child in another (nested cuts).
 *
 * @param cells counts by cell key, in display order
 * @param groups the parent/children groups over those keys
 */
public record LinkedBreakdowns(Map<String, Participation> cells, List<Group> groups) {

    /**
     * One parent and the children it is broken down into. The children need not cover the
     * parent: whatever they leave out is a group that is never shown.
     *
     * @param parent key of the parent cell
     * @param children keys of the child cells
     */
    public record Group(String parent, List<String> children) {
        public Group {
            Objects.requireNonNull(parent, "parent");
            children = List.copyOf(children);
        }
    }

    public LinkedBreakdowns {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        groups = List.copyOf(groups);
        for (Group group : groups) {
            requireCell(cells, group.parent());
            for (String child : group.children()) {
                requireCell(cells, child);
            }
        }
    }

    private static void requireCell(Map<String, Participation> cells, String key) {
        if (!cells.containsKey(key)) {
            throw new IllegalArgumentException("Group refers to unknown cell " + key);
        }
    }
}
