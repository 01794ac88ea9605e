package org.barometer.analytics.disclosure;

import org.barometer.analytics.stats.Histogram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a wave may publish, decided once by {@link DisclosureGate}: for each group (the
 * organisation, each value of each attribute) whether it is shown, its participation and, per
 * question, either its answers or why they are withheld, and whether its comments are shown. Every
 * page, chart, export, report and trend reads this value and nothing else, so they cannot disagree
 * and none can publish more. Immutable.
 */
public final class PublicationPlan {

    /** Invited and responded of a shown group. */
    public record Participation(long invited, long responded) {
    }

    /** One question of a shown group: its answers, or why they are withheld. */
    public sealed interface Figure permits Answers, Withheld {
    }

    /** The answers of a shown group to a question. */
    public record Answers(Histogram histogram) implements Figure {
    }

    /** A question whose figures this group does not show. */
    public record Withheld(Decisions.Withheld why) implements Figure {
    }

    /**
     * One group.
     *
     * @param attribute     "" for the organisation
     * @param hidden        null when shown
     * @param participation null when hidden
     * @param figures       per question key, in the questions' order; empty when hidden or when the
     *                      wave gives no answers (open)
     * @param comments      whether its comments are shown
     */
    public record Group(String attribute, String value, Decisions.Hidden hidden, Participation participation,
                        Map<String, Figure> figures, boolean comments) {

        public Group {
            figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        }

        public boolean shown() {
            return hidden == null;
        }

        public boolean isOrganisation() {
            return attribute.isEmpty();
        }
    }

    private final WaveTable table;
    private final Decisions decisions;
    private final Cells cells;
    private final List<Group> groups;

    PublicationPlan(WaveTable table, Decisions decisions) {
        this.table = table;
        this.decisions = decisions;
        this.cells = new Cells(table);
        List<Group> all = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            all.add(group(c));
        }
        this.groups = List.copyOf(all);
    }

    private Group group(int c) {
        Cells.Key key = cells.keys.get(c);
        Decisions.Entry entry = decisions.of(key.attribute(), key.value())
                .orElse(new Decisions.Entry(key.attribute(), key.value(), Decisions.Hidden.PROTECTS_SMALLER, Map.of(), false));
        if (entry.hidden() != null) {
            return new Group(key.attribute(), key.value(), entry.hidden(), null, Map.of(), false);
        }
        Map<String, Figure> figures = new LinkedHashMap<>();
        if (table.answers()) {
            for (WaveTable.Item q : table.questions()) {
                Decisions.Withheld why = entry.withheld().get(q.key());
                figures.put(q.key(), why != null ? new Withheld(why) : new Answers(cells.histogram(c, q)));
            }
        }
        return new Group(key.attribute(), key.value(), null, new Participation(cells.invited[c], cells.responded[c]),
                figures, entry.comments() && table.answers());
    }

    public int threshold() {
        return table.threshold();
    }

    public int detailThreshold() {
        return table.detailThreshold();
    }

    /** @return whether answers are published at all (a closed wave); otherwise participation only */
    public boolean answers() {
        return table.answers();
    }

    public Group organisation() {
        return groups.get(0);
    }

    /** @return the segment attributes, in order */
    public Set<String> attributes() {
        return table.segments().keySet();
    }

    /** @return every group of the attribute, by value, shown or not; empty for an attribute the wave does not have */
    public List<Group> groups(String attribute) {
        return groups.stream().filter(g -> g.attribute().equals(attribute) && !g.isOrganisation()).toList();
    }

    public Optional<Group> group(String attribute, String value) {
        return groups.stream().filter(g -> g.attribute().equals(attribute) && g.value().equals(value)).findFirst();
    }

    /** @return whether the atom (a profile) is one of the group's, e.g. to place a comment */
    public boolean contains(Group group, String atomId) {
        return atoms(group).contains(atomId);
    }

    /** @return the ids of the group's atoms */
    public Set<String> atoms(Group group) {
        Integer c = cells.indexOf(new Cells.Key(group.attribute(), group.value()));
        if (c == null) {
            return Set.of();
        }
        Set<String> ids = new java.util.HashSet<>();
        cells.atoms.get(c).stream().forEach(a -> ids.add(table.atoms().get(a).id()));
        return Collections.unmodifiableSet(ids);
    }

    /** @return what was decided, to store and to give the next wave */
    public Decisions decisions() {
        return decisions;
    }
}
