package org.barometer.analytics.findings;

import org.barometer.analytics.stats.Interval;

import java.util.Map;
import java.util.Objects;

/**
 * One thing worth telling about a wave.
 *
 * @param kind        what was compared
 * @param segment     the group ({@code {}} the organisation, {@code {team=Data}} a team)
 * @param question    the question's key
 * @param better      whether the difference is good news, given the question's polarity
 * @param effect      the difference in points of the question's scale, later minus earlier (or
 *                    group minus organisation): positive means higher answers
 * @param ci95        its 95 % interval, null for priorities and strengths
 * @param q           the false-discovery-adjusted p-value (Benjamini–Hochberg over the wave's
 *                    whole family of tests), null for priorities and strengths
 * @param from        the earlier mean (or the organisation's)
 * @param to          the later mean (or the group's)
 * @param since       the wave compared with (label), null for a gap
 * @param waves       number of waves of a trend, else 2
 * @param weight      the question's share of the index's variation (drivers), null when unknown
 * @param carriedBy   for a wider group's finding, the one group inside it that carries it; null otherwise
 * @param spread      for a wider group's finding, true when no group inside it shows it alone
 */
public record Finding(Kind kind, Map<String, String> segment, String question, boolean better, double effect,
                      Interval ci95, Double q, double from, double to, String since, int waves, Double weight,
                      Map<String, String> carriedBy, boolean spread) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        segment = Map.copyOf(segment);
        Objects.requireNonNull(question, "question");
        carriedBy = carriedBy == null ? null : Map.copyOf(carriedBy);
    }

    /** What a finding compares. */
    public enum Kind {
        /** the answers' trend over the last (up to four) waves */
        TREND,
        /** the reported wave against the one before */
        CHANGE,
        /** the reported wave against the same quarter a year before */
        YEAR_ON_YEAR,
        /** a group against the organisation, in the reported wave */
        GAP,
        /** a question to work on first in a group: large weight, below the organisation */
        PRIORITY,
        /** a question a group does well: large weight, above the organisation */
        STRENGTH;

        /** @return whether the kind compares waves */
        public boolean overTime() {
            return this == TREND || this == CHANGE || this == YEAR_ON_YEAR;
        }

        /** @return the API's name: trend, change, yearOnYear, gap, priority, strength */
        public String apiName() {
            return this == YEAR_ON_YEAR ? "yearOnYear" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    Finding withCarrier(Map<String, String> group) {
        return new Finding(kind, segment, question, better, effect, ci95, q, from, to, since, waves, weight, group, false);
    }

    Finding asSpread() {
        return new Finding(kind, segment, question, better, effect, ci95, q, from, to, since, waves, weight, null, true);
    }

    Finding weighing(Double share) {
        return new Finding(kind, segment, question, better, effect, ci95, q, from, to, since, waves, share, carriedBy, spread);
    }
}
