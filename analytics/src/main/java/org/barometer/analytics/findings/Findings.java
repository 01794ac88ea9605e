package org.barometer.analytics.findings;

import org.barometer.analytics.stats.BenjaminiHochberg;
import org.barometer.analytics.stats.Polarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A wave's findings: what changed and where, each told once and at the right level, and what
 * drives well-being.
 *
 * <p>Rule: every shown group × question is tested once for each kind ({@link Candidates}); the
 * p-values of the whole family go through one Benjamini–Hochberg control; a difference is
 * reported when its q-value is at most {@link #FALSE_DISCOVERY_RATE} and its size at least the
 * minimal important difference (0.25 point on a 1–5 scale by default, scaled to other ranges).
 * Of a group's findings over time on one question in one direction, one is kept: the trend
 * (the longest evidence) before the change since the last wave, before the year-on-year change. {@link Levels} then places them: a team identical to
 * its department says nothing more, a department's finding says when one team carries it and
 * when no team shows it alone, and a team's change that its department or the organisation shows
 * alike is told once, at the wider level. Ranked by size on a 1–5 scale times the square root of
 * the share of the organisation concerned, then by q; priorities and strengths ({@link Priorities})
 * follow.
 *
 * @param findings the differences worth telling, most important first, then priorities and strengths
 * @param drivers  the organisation's and each large enough group's drivers, shares only (no
 *                 interval: {@link Drivers#of(FindingsInput)} gives them)
 * @param clear    every clear difference before it was placed and told once: a team's trend
 *                 stays here when the organisation's tells it, so a chart of that team can say
 *                 its line moved
 */
public record Findings(List<Finding> findings, List<Drivers> drivers, List<Finding> clear) {

    /** The share of false discoveries the family accepts. */
    public static final double FALSE_DISCOVERY_RATE = 0.05;

    public Findings {
        findings = List.copyOf(findings);
        drivers = List.copyOf(drivers);
        clear = List.copyOf(clear);
    }

    public Findings(List<Finding> findings, List<Drivers> drivers) {
        this(findings, drivers, findings);
    }

    public static Findings of(FindingsInput input) {
        List<Candidates.Candidate> candidates = Candidates.of(input);
        double[] p = candidates.stream().mapToDouble(c -> Double.isNaN(c.p()) ? 1 : c.p()).toArray();
        double[] q = p.length == 0 ? p : BenjaminiHochberg.adjust(p);
        List<Finding> reported = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidates.Candidate c = candidates.get(i);
            if (q[i] <= FALSE_DISCOVERY_RATE && Math.abs(c.effect()) >= c.question().minimal(input.minimalDifference())) {
                reported.add(finding(c, q[i]));
            }
        }
        List<Drivers> drivers = Drivers.of(input, segment -> true, 0);
        List<Finding> placed = Levels.place(input, keepClearest(reported));
        Map<String, Double> weights = drivers.stream().filter(d -> d.segment().isEmpty()).findFirst().map(Drivers::shares).orElse(Map.of());
        List<Finding> ranked = new ArrayList<>(placed.stream().map(f -> f.weighing(weights.get(f.question()))).toList());
        Map<String, FindingsInput.Question> questions = new java.util.HashMap<>();
        input.questions().forEach(qu -> questions.put(qu.key(), qu));
        ranked.sort(Comparator.comparingDouble((Finding f) -> -importance(input, f, questions.get(f.question())))
                .thenComparingDouble(f -> f.q() == null ? 1 : f.q())
                .thenComparing(f -> f.segment().toString()).thenComparing(Finding::question));
        ranked.addAll(Priorities.of(input, drivers));
        return new Findings(ranked, drivers, reported);
    }

    /** @return the findings of one group ({@code {}} the organisation) */
    public List<Finding> of(Map<String, String> segment) {
        return findings.stream().filter(f -> f.segment().equals(segment)).toList();
    }

    private static Finding finding(Candidates.Candidate c, double q) {
        boolean better = c.question().polarity() == Polarity.NEGATIVE ? c.effect() < 0 : c.effect() > 0;
        return new Finding(c.kind(), c.segment(), c.question().key(), better, c.effect(), c.ci95(), q, c.from(), c.to(),
                c.since(), c.waves(), null, null, false);
    }

    private static List<Finding> keepClearest(List<Finding> reported) {
        List<Finding> kept = new ArrayList<>();
        for (Finding f : reported) {
            if (!f.kind().overTime()) {
                kept.add(f);
                continue;
            }
            Finding clearer = reported.stream().filter(o -> o != f && o.kind().overTime() && o.segment().equals(f.segment())
                            && o.question().equals(f.question()) && o.better() == f.better())
                    .filter(o -> o.kind().ordinal() < f.kind().ordinal())
                    .findFirst().orElse(null);
            if (clearer == null) {
                kept.add(f);
            }
        }
        return kept;
    }

    static double onOneToFive(Finding f, FindingsInput.Question question) {
        return Math.abs(f.effect()) * 4.0 / (question.max() - question.min());
    }

    /**
     * How much a finding matters: its size on a 1–5 scale times the square root of the share of
     * the organisation's answers it concerns, so that a change everyone lives comes before a
     * slightly larger one in a team of ten.
     */
    static double importance(FindingsInput input, Finding f, FindingsInput.Question question) {
        org.barometer.analytics.stats.Histogram group = input.current().answers(f.segment(), f.question());
        org.barometer.analytics.stats.Histogram whole = input.current().answers(Map.of(), f.question());
        double reach = group == null || whole == null || whole.n() == 0 ? 1 : Math.min(1, (double) group.n() / whole.n());
        return onOneToFive(f, question) * Math.sqrt(reach);
    }
}
