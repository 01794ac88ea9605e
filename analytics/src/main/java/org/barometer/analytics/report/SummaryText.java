package org.barometer.analytics.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.barometer.analytics.report.ReportFigures.Movement;
import org.barometer.analytics.report.ReportInput.Question;
import org.barometer.analytics.stats.Verdict;

/**
 * The summary a director reads first, in plain words: the index and its change, the changes that
 * are statistically real (largest effect first), what is stable and what is too uncertain to call.
 */
final class SummaryText {

    /** How many real changes the summary names; the per-question sections list the rest. */
    static final int REAL_CHANGES_SHOWN = 3;

    private SummaryText() {
    }

    static List<String> paragraphs(ReportFigures figures, Wording w) {
        ReportInput input = figures.input();
        List<String> out = new ArrayList<>();
        Double now = figures.index(input.current().organisation());
        if (now == null) {
            out.add(w.text("summary.index.hidden", input.threshold()));
        } else if (input.previous() == null || figures.index(input.previous().organisation()) == null) {
            out.add(w.text("summary.index", w.index(now)));
        } else {
            double before = figures.index(input.previous().organisation());
            out.add(w.text("summary.index.change", w.index(now), input.previous().label(), w.index(before),
                    w.signed(now - before, 0)));
        }
        if (input.previous() == null) {
            out.add(w.text("summary.first"));
            return out;
        }
        List<String> stable = new ArrayList<>();
        List<String> uncertain = new ArrayList<>();
        for (Question q : input.questions()) {
            Verdict verdict = figures.movement(null, q.key()).map(m -> m.change().verdict()).orElse(Verdict.UNCERTAIN);
            if (verdict == Verdict.STABLE) {
                stable.add(w.question(q));
            } else if (verdict == Verdict.UNCERTAIN) {
                uncertain.add(w.question(q));
            }
        }
        if (!stable.isEmpty()) {
            out.add(w.text("summary.stable", w.list(stable)));
        }
        if (!uncertain.isEmpty()) {
            out.add(w.text("summary.uncertain", w.list(uncertain)));
        }
        long groupsUncertain = figures.movements().stream()
                .filter(m -> m.group() != null && m.change().verdict() == Verdict.UNCERTAIN).count();
        if (groupsUncertain > 0) {
            out.add(w.text("summary.uncertain.groups", groupsUncertain));
        }
        return out;
    }

    /** @return the real changes (q &lt; α after Benjamini–Hochberg), largest effect first, at most three */
    static List<String> realChanges(ReportFigures figures, Wording w) {
        return figures.movements().stream()
                .filter(m -> m.change().verdict() == Verdict.IMPROVED || m.change().verdict() == Verdict.WORSENED)
                .sorted(Comparator.comparingDouble((Movement m) -> -Math.abs(m.change().effectSize()))
                        .thenComparing(m -> w.group(m.group())).thenComparing(m -> m.question().key()))
                .limit(REAL_CHANGES_SHOWN)
                .map(m -> w.text("summary.real.item", w.group(m.group()), w.question(m.question()),
                        w.verdict(m.change().verdict()), w.mean(m.before()), w.mean(m.after()),
                        w.signed(m.after() - m.before(), 1), w.effect(m.change()), w.q(m.change().q())))
                .toList();
    }
}
