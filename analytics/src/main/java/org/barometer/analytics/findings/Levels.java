package org.barometer.analytics.findings;

import org.barometer.analytics.stats.Histogram;
import org.barometer.analytics.stats.LinearTrend;
import org.barometer.analytics.stats.MeanDifference;
import org.barometer.analytics.stats.ProportionalOddsTrend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Places findings at the level that carries them, between a group and the groups nested in it (a
 * department and its teams):
 * <ul>
 *   <li>a group whose answers equal its parent's in every wave the finding uses (a department of
 *       one shown team) adds nothing: its finding is dropped for the parent's;</li>
 *   <li>a finding over time that a wider group (its department, or the organisation) shows too, of
 *       the same kind and direction, with an effect inside the narrower finding's interval, is the
 *       wider group's: the narrower one is dropped (clarity improving everywhere is one finding
 *       about the organisation, not one per team);</li>
 *   <li>a parent's finding that exactly one of its shown children also shows, in the same
 *       direction, while the rest of the parent shows no clear change (rank test p &gt; 0.05, or
 *       less than the minimal difference), is said to be carried by that child (the rest is used
 *       only when it has at least k answers in each wave compared, and only for this sentence);</li>
 *   <li>a parent's finding that none of its children shows alone is reported at the parent and
 *       said to be spread: the teams lack the power to show it one by one.</li>
 * </ul>
 */
final class Levels {

    private Levels() {
    }

    static List<Finding> place(FindingsInput input, List<Finding> findings) {
        List<Finding> placed = new ArrayList<>();
        for (Finding f : findings) {
            if (explainedByWider(input, f, findings)) {
                continue;
            }
            Map<String, String> parent = input.parents().get(f.segment());
            if (parent != null && sameAsParent(input, f, parent)
                    && findings.stream().anyMatch(o -> o.segment().equals(parent) && o.question().equals(f.question()))) {
                continue;
            }
            List<Map<String, String>> children = input.parents().entrySet().stream()
                    .filter(e -> e.getValue().equals(f.segment()) && input.current().groups().containsKey(e.getKey()))
                    .map(Map.Entry::getKey).toList();
            if (children.isEmpty() || f.kind() == Finding.Kind.PRIORITY || f.kind() == Finding.Kind.STRENGTH) {
                placed.add(f);
                continue;
            }
            List<Finding> inChildren = findings.stream().filter(o -> children.contains(o.segment())
                    && o.question().equals(f.question()) && o.better() == f.better()
                    && o.kind().overTime() == f.kind().overTime()).toList();
            if (inChildren.isEmpty()) {
                placed.add(f.asSpread());
            } else if (inChildren.size() == 1 && restIsStill(input, f, inChildren.get(0).segment())) {
                placed.add(f.withCarrier(inChildren.get(0).segment()));
            } else {
                placed.add(f);
            }
        }
        return placed;
    }

    private static boolean explainedByWider(FindingsInput input, Finding f, List<Finding> findings) {
        if (!f.kind().overTime() || f.segment().isEmpty()) {
            return false;
        }
        List<Map<String, String>> wider = new ArrayList<>();
        for (Map<String, String> g = input.parents().get(f.segment()); g != null && !wider.contains(g); g = input.parents().get(g)) {
            wider.add(g);
        }
        wider.add(Map.of());
        return findings.stream().anyMatch(o -> o != f && wider.contains(o.segment()) && o.kind() == f.kind()
                && o.question().equals(f.question()) && o.better() == f.better() && f.ci95().contains(o.effect()));
    }

    private static boolean sameAsParent(FindingsInput input, Finding f, Map<String, String> parent) {
        for (FindingsInput.Wave wave : wavesOf(input, f)) {
            Histogram child = wave.answers(f.segment(), f.question());
            Histogram whole = wave.answers(parent, f.question());
            if (child == null || !child.equals(whole)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the parent without the child shows no clear change over the waves the finding compares. */
    private static boolean restIsStill(FindingsInput input, Finding f, Map<String, String> child) {
        if (f.kind() == Finding.Kind.GAP) {
            return false;
        }
        List<FindingsInput.Wave> waves = wavesOf(input, f);
        List<Histogram> rest = new ArrayList<>();
        for (FindingsInput.Wave wave : waves) {
            Histogram whole = wave.answers(f.segment(), f.question());
            Histogram part = wave.answers(child, f.question());
            if (whole == null || part == null || !whole.sameScaleAs(part)) {
                return false;
            }
            Histogram r;
            try {
                r = whole.minus(part);
            } catch (IllegalArgumentException notAPart) {
                return false;
            }
            if (r.n() < Math.max(2, input.threshold())) {
                return false;
            }
            rest.add(r);
        }
        FindingsInput.Question question = input.questions().stream().filter(q -> q.key().equals(f.question())).findFirst().orElseThrow();
        double minimal = question.minimal(input.minimalDifference());
        if (f.kind() == Finding.Kind.TREND) {
            double change = LinearTrend.of(rest).map(LinearTrend::change).orElse(0.0);
            return ProportionalOddsTrend.of(rest).p() > 0.05 || Math.abs(change) < minimal;
        }
        return MeanDifference.of(rest.get(0), rest.get(1)).map(d -> d.p() > 0.05 || Math.abs(d.difference()) < minimal).orElse(false);
    }

    /** The waves a finding compares: its trend's window, the two waves of a change, the reported wave of a gap. */
    private static List<FindingsInput.Wave> wavesOf(FindingsInput input, Finding f) {
        List<FindingsInput.Wave> waves = input.waves();
        FindingsInput.Wave current = input.current();
        return switch (f.kind()) {
            case TREND -> waves.subList(waves.size() - f.waves(), waves.size());
            case CHANGE, YEAR_ON_YEAR -> List.of(waves.stream().filter(w -> w.label().equals(f.since())).findFirst().orElse(current), current);
            default -> List.of(current);
        };
    }
}
