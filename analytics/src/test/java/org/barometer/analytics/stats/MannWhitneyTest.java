package org.barometer.analytics.stats;

import static org.barometer.analytics.stats.Histograms.histogram;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MannWhitneyTest {

    /** W is a sum of half-integers (exact); p goes through erfc, accurate to a few ulps. */
    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest(name = "{0}: {1} vs {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 2 3 0 4 1               | 0 1 5 9 6                | 61.5      | 0.056677389172347006   | x <- rep(1:5, c(2, 3, 0, 4, 1)); y <- rep(1:5, c(0, 1, 5, 9, 6)); r <- wilcox.test(x, y, exact = FALSE, correct = TRUE); c(r$statistic, r$p.value)
            1 | 12 30 41 25 7           | 20 35 38 20 2            | 7652      | 0.032425123884331636   | x <- rep(1:5, c(12, 30, 41, 25, 7)); y <- rep(1:5, c(20, 35, 38, 20, 2)); r <- wilcox.test(x, y, exact = FALSE, correct = TRUE); c(r$statistic, r$p.value)
            1 | 0 1 5 9 6               | 0 1 5 9 6                | 220.5     | 1                      | x <- rep(1:5, c(0, 1, 5, 9, 6)); y <- rep(1:5, c(0, 1, 5, 9, 6)); r <- wilcox.test(x, y, exact = FALSE, correct = TRUE); c(r$statistic, r$p.value)
            1 | 0 0 7 0 0               | 0 0 0 7 0                | 0         | 0.00041247833638552092 | x <- rep(1:5, c(0, 0, 7, 0, 0)); y <- rep(1:5, c(0, 0, 0, 7, 0)); r <- wilcox.test(x, y, exact = FALSE, correct = TRUE); c(r$statistic, r$p.value)
            0 | 1 0 2 3 5 8 10 12 9 6 4 | 0 1 1 2 4 6 9 13 12 8 4  | 1591      | 0.26840494175599211    | x <- rep(0:10, c(1, 0, 2, 3, 5, 8, 10, 12, 9, 6, 4)); y <- rep(0:10, c(0, 1, 1, 2, 4, 6, 9, 13, 12, 8, 4)); r <- wilcox.test(x, y, exact = FALSE, correct = TRUE); c(r$statistic, r$p.value)
            1 | 1200 3400 5100 4000 900 | 1100 3300 5000 4300 1000 | 104180000 | 6.8267757155898201e-06 | x <- rep(1:5, c(1200, 3400, 5100, 4000, 900)); y <- rep(1:5, c(1100, 3300, 5000, 4300, 1000)); r <- wilcox.test(x, y, exact = FALSE, correct = TRUE); c(r$statistic, r$p.value)
            1 | 3 1 0 0 0               | 0 0 0 1 3                | 0         | 0.022836215451282661   | x <- rep(1:5, c(3, 1, 0, 0, 0)); y <- rep(1:5, c(0, 0, 0, 1, 3)); r <- wilcox.test(x, y, exact = FALSE, correct = TRUE); c(r$statistic, r$p.value)
            1 | 1 0 0 0 0               | 0 0 0 0 1                | 0         | 1                      | x <- rep(1:5, c(1, 0, 0, 0, 0)); y <- rep(1:5, c(0, 0, 0, 0, 1)); r <- wilcox.test(x, y, exact = FALSE, correct = TRUE); c(r$statistic, r$p.value)
            """)
    void matchesR(int min, String before, String after, double w, double p, String r) {
        MannWhitney test = MannWhitney.of(histogram(min, before), histogram(min, after));

        assertEquals(w, test.w(), 0, r);
        assertEquals(p, test.p(), TOLERANCE, r);
    }

    @Test
    void allAnswersEqualGivesNoEvidenceWhereRGivesNaN() {
        // R: wilcox.test(rep(3, 5), rep(3, 5), exact = FALSE, correct = TRUE)$p.value is NaN (sigma = 0)
        Histogram same = Histogram.of(1, 0, 0, 5, 0, 0);

        assertEquals(1, MannWhitney.of(same, same).p());
    }

    @Test
    void pIsSymmetric() {
        Histogram before = Histogram.of(1, 2, 3, 0, 4, 1);
        Histogram after = Histogram.of(1, 0, 1, 5, 9, 6);

        assertEquals(MannWhitney.of(before, after).p(), MannWhitney.of(after, before).p(), 1e-15);
    }

    @Test
    void rejectsEmptyOrMismatchedSamples() {
        assertThrows(IllegalArgumentException.class, () -> MannWhitney.of(Histogram.empty(1, 5), Histogram.of(1, 1, 1, 1, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> MannWhitney.of(Histogram.of(0, 1, 1), Histogram.of(1, 1, 1)));
    }
}
