package org.barometer.analytics.disclosure;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the gate decided for a wave, in a form to store and to hand to the next wave (so that it
 * prefers the same complements): per group, whether it is hidden and why, which questions'
 * figures are withheld and why, and whether its comments are shown. A group is an attribute and
 * one of its values; the organisation is {@code ("", "")}.
 */
public record Decisions(List<Entry> entries) {

    /** Why a group is hidden. */
    public enum Hidden {
        /** Fewer than k answers (or fewer than k people to store it with). */
        FEWER_THAN_K,
        /** Hidden so that a smaller group cannot be deduced from it and the groups shown. */
        PROTECTS_SMALLER
    }

    /** Why a shown group's figures for one question are withheld. */
    public enum Withheld {
        /** Fewer than the detail threshold answered, all alike, on the favourable side. */
        ALIKE_FAVOURABLE,
        /** Fewer than the detail threshold answered, all alike, on the other side. */
        ALIKE_UNFAVOURABLE,
        /** Withheld so that a smaller group's answers cannot be deduced from it and the figures shown. */
        PROTECTS_SMALLER
    }

    /**
     * @param hidden   null when the group is shown
     * @param withheld questions whose figures are withheld (empty when hidden)
     * @param comments whether its comments are shown
     */
    public record Entry(String attribute, String value, Hidden hidden, Map<String, Withheld> withheld, boolean comments) {

        public Entry {
            withheld = Map.copyOf(withheld);
        }
    }

    public Decisions {
        entries = entries.stream().sorted(Comparator.comparing(Entry::attribute).thenComparing(Entry::value)).toList();
    }

    /** @return the decision for a group, if the wave had it */
    public Optional<Entry> of(String attribute, String value) {
        return entries.stream().filter(e -> e.attribute().equals(attribute) && e.value().equals(value)).findFirst();
    }
}
