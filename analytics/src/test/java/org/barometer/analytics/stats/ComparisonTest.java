package org.barometer.analytics.stats;

import static org.barometer.analytics.stats.Histograms.histogram;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparisonTest {

    /** The loosest of the parts: Welch's p through Commons Math's regularized beta. */
    private static final double TOLERANCE = 1e-11;

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12 30 41 25 7 | 20 35 38 20 2 | -0.313043478260869534 | 0.032425123884331636 | 0.024172547842166391 | -0.157202268431001851 | x <- rep(1:5, c(12, 30, 41, 25, 7)); y <- rep(1:5, c(20, 35, 38, 20, 2)); c(mean(y) - mean(x), wilcox.test(x, y, exact = FALSE, correct = TRUE)$p.value, t.test(x, y)$p.value, mean(sign(outer(y, x, "-"))))
            0 0 1 2 0     | 0 1 5 9 6     | 0.28571428571428603   | 0.54390572900530665  | 0.50327675226975388  | 0.22222222222222221   | x <- rep(1:5, c(0, 0, 1, 2, 0)); y <- rep(1:5, c(0, 1, 5, 9, 6)); c(mean(y) - mean(x), wilcox.test(x, y, exact = FALSE, correct = TRUE)$p.value, t.test(x, y)$p.value, mean(sign(outer(y, x, "-"))))
            """)
    void matchesR(String before, String after, double delta, double pMannWhitney, double pWelch, double effectSize,
                  String r) {
        Comparison comparison = Comparison.of(histogram(1, before), histogram(1, after), Polarity.NEGATIVE);

        assertEquals(delta, comparison.delta(), TOLERANCE, r);
        assertEquals(pMannWhitney, comparison.pMannWhitney(), TOLERANCE, r);
        assertEquals(pWelch, comparison.pWelch(), TOLERANCE, r);
        assertEquals(effectSize, comparison.effectSize(), TOLERANCE, r);
    }

    @Test
    void missingQuestionHasNoFigures() {
        assertEquals(new Comparison(0, 0, Polarity.POSITIVE, null, null, null, null),
                Comparison.questionMissing(Polarity.POSITIVE));
    }

    @Test
    void emptyWaveHasNoFigures() {
        Comparison comparison = Comparison.of(Histogram.empty(1, 5), Histogram.of(1, 1, 2, 3, 4, 5), Polarity.POSITIVE);

        assertEquals(0, comparison.nBefore());
        assertEquals(15, comparison.nAfter());
        assertNull(comparison.delta());
        assertNull(comparison.pMannWhitney());
    }

    @Test
    void oneAnswerPerSideHasRanksButNoWelch() {
        // x <- 1; y <- 5; wilcox.test(x, y, exact = FALSE, correct = TRUE)$p.value is 1
        Comparison comparison = Comparison.of(Histogram.of(1, 1, 0, 0, 0, 0), Histogram.of(1, 0, 0, 0, 0, 1), Polarity.POSITIVE);

        assertEquals(4, comparison.delta());
        assertEquals(1, comparison.pMannWhitney(), TOLERANCE);
        assertNull(comparison.pWelch());
        assertEquals(1, comparison.effectSize());
    }

    @Test
    void scalesMustMatch() {
        assertThrows(IllegalArgumentException.class,
                () -> Comparison.of(Histogram.of(1, 1, 1, 1, 1, 1), Histogram.of(0, 1, 1, 1, 1, 1, 1), Polarity.POSITIVE));
    }
}
