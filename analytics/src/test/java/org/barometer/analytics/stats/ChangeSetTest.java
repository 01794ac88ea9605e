package org.barometer.analytics.stats;

import static org.barometer.analytics.stats.Histograms.histogram;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeSetTest {

    private static final double TOLERANCE = 1e-12;

    /**
     * q-values of the four callable comparisons below, in order:
     * <pre>
     * w &lt;- function(x, y) wilcox.test(x, y, exact = FALSE, correct = TRUE)$p.value;
     * p.adjust(c(w(rep(1:5, c(2, 3, 0, 4, 1)), rep(1:5, c(0, 1, 5, 9, 6))),
     *            w(rep(1:5, c(12, 30, 41, 25, 7)), rep(1:5, c(20, 35, 38, 20, 2))),
     *            w(rep(0:10, c(1, 0, 2, 3, 5, 8, 10, 12, 9, 6, 4)), rep(0:10, c(0, 1, 1, 2, 4, 6, 9, 13, 12, 8, 4))),
     *            w(rep(1:5, c(1200, 3400, 5100, 4000, 900)), rep(1:5, c(1100, 3300, 5000, 4300, 1000)))), "BH")
     * </pre>
     */
    private static final double[] Q = {0.075569852229796008, 0.064850247768663272, 0.26840494175599211, 2.730710286235928e-05};

    private static Comparison small() {
        return Comparison.of(histogram(1, "2 3 0 4 1"), histogram(1, "0 1 5 9 6"), Polarity.POSITIVE);
    }

    private static Comparison stressDown(Polarity polarity) {
        return Comparison.of(histogram(1, "12 30 41 25 7"), histogram(1, "20 35 38 20 2"), polarity);
    }

    private static Comparison zeroToTen() {
        return Comparison.of(histogram(0, "1 0 2 3 5 8 10 12 9 6 4"), histogram(0, "0 1 1 2 4 6 9 13 12 8 4"), Polarity.POSITIVE);
    }

    private static Comparison large(Polarity polarity) {
        return Comparison.of(histogram(1, "1200 3400 5100 4000 900"), histogram(1, "1100 3300 5000 4300 1000"), polarity);
    }

    private static Comparison tooFew() {
        return Comparison.of(histogram(1, "0 0 1 2 0"), histogram(1, "0 1 5 9 6"), Polarity.POSITIVE);
    }

    @Test
    void qValuesComeFromTheWholeFamilyAndDecideTheVerdict() {
        List<Change> changes = ChangeSet.of(List.of(
                small(), stressDown(Polarity.NEGATIVE), tooFew(), zeroToTen(),
                Comparison.questionMissing(Polarity.POSITIVE), large(Polarity.NEGATIVE))).changes();

        assertEquals(Q[0], changes.get(0).q(), TOLERANCE);
        assertEquals(Q[1], changes.get(1).q(), TOLERANCE);
        assertEquals(Q[2], changes.get(3).q(), TOLERANCE);
        assertEquals(Q[3], changes.get(5).q(), TOLERANCE);
        assertEquals(Verdict.STABLE, changes.get(0).verdict());
        // p = 0.032 alone would be a discovery; within the family q = 0.065 is not
        assertEquals(Verdict.STABLE, changes.get(1).verdict());
        assertEquals(Verdict.STABLE, changes.get(3).verdict());
        // answers rose and high is bad
        assertEquals(Verdict.WORSENED, changes.get(5).verdict());
    }

    @Test
    void tooFewAnswersOrAMissingQuestionGetNoQAndNoCall() {
        List<Change> changes = ChangeSet.of(List.of(tooFew(), Comparison.questionMissing(Polarity.NEGATIVE))).changes();

        assertNull(changes.get(0).q());
        assertEquals(Verdict.UNCERTAIN, changes.get(0).verdict());
        assertEquals(0.54390572900530665, changes.get(0).pMannWhitney(), TOLERANCE);
        assertNull(changes.get(1).q());
        assertEquals(Verdict.UNCERTAIN, changes.get(1).verdict());
    }

    @Test
    void polarityDecidesTheDirection() {
        assertEquals(Verdict.IMPROVED, ChangeSet.of(List.of(large(Polarity.POSITIVE))).changes().get(0).verdict());
        assertEquals(Verdict.WORSENED, ChangeSet.of(List.of(large(Polarity.NEGATIVE))).changes().get(0).verdict());
        // stress fell: q = p = 0.032425123884331636 in a family of one
        Change alone = ChangeSet.of(List.of(stressDown(Polarity.NEGATIVE))).changes().get(0);
        assertEquals(0.032425123884331636, alone.q(), TOLERANCE);
        assertEquals(Verdict.IMPROVED, alone.verdict());
    }

    @Test
    void ruleIsConfigurable() {
        VerdictRule lenient = new VerdictRule(3, 0.15);

        List<Change> changes = ChangeSet.of(List.of(tooFew(), small()), lenient).changes();

        assertEquals(Verdict.STABLE, changes.get(0).verdict());
        // p.adjust(c(0.54390572900530665, 0.056677389172347006), "BH")  0.54390572900530665 0.11335477834469401
        assertEquals(0.11335477834469401, changes.get(1).q(), TOLERANCE);
        assertEquals(Verdict.IMPROVED, changes.get(1).verdict());
        assertThrows(IllegalArgumentException.class, () -> new VerdictRule(1, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new VerdictRule(5, 1));
    }

    @Test
    void emptySetIsEmpty() {
        assertEquals(List.of(), ChangeSet.of(List.of()).changes());
    }
}
