package org.barometer.analytics.stats;

import static org.barometer.analytics.stats.Histograms.histogram;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WelchTest {

    /** Commons Math's regularized beta (continued fraction, ε = 1e-14) against R's pt. */
    private static final double TOLERANCE = 1e-11;

    @ParameterizedTest(name = "{0}: {1} vs {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 2 3 0 4 1               | 0 1 5 9 6                | 0.054906766034103875   | x <- rep(1:5, c(2, 3, 0, 4, 1)); y <- rep(1:5, c(0, 1, 5, 9, 6)); t.test(x, y)$p.value
            1 | 12 30 41 25 7           | 20 35 38 20 2            | 0.024172547842166391   | x <- rep(1:5, c(12, 30, 41, 25, 7)); y <- rep(1:5, c(20, 35, 38, 20, 2)); t.test(x, y)$p.value
            1 | 0 1 5 9 6               | 0 1 5 9 6                | 1                      | x <- rep(1:5, c(0, 1, 5, 9, 6)); y <- rep(1:5, c(0, 1, 5, 9, 6)); t.test(x, y)$p.value
            0 | 1 0 2 3 5 8 10 12 9 6 4 | 0 1 1 2 4 6 9 13 12 8 4  | 0.27910083879575476    | x <- rep(0:10, c(1, 0, 2, 3, 5, 8, 10, 12, 9, 6, 4)); y <- rep(0:10, c(0, 1, 1, 2, 4, 6, 9, 13, 12, 8, 4)); t.test(x, y)$p.value
            1 | 1200 3400 5100 4000 900 | 1100 3300 5000 4300 1000 | 7.7121040197391808e-06 | x <- rep(1:5, c(1200, 3400, 5100, 4000, 900)); y <- rep(1:5, c(1100, 3300, 5000, 4300, 1000)); t.test(x, y)$p.value
            1 | 0 0 7 0 0               | 1 2 2 1 0                | 0.29555864473452842    | x <- rep(1:5, c(0, 0, 7, 0, 0)); y <- rep(1:5, c(1, 2, 2, 1, 0)); t.test(x, y)$p.value
            """)
    void matchesR(int min, String before, String after, double p, String r) {
        Double actual = Welch.pValue(SampleMoments.of(histogram(min, before)), SampleMoments.of(histogram(min, after)));

        assertEquals(p, actual, TOLERANCE, r);
    }

    @Test
    void constantDataHasNoTestAsInR() {
        // R: t.test(rep(3, 7), rep(4, 7)) stops with "data are essentially constant"
        assertNull(Welch.pValue(SampleMoments.of(Histogram.of(1, 0, 0, 7, 0, 0)), SampleMoments.of(Histogram.of(1, 0, 0, 0, 7, 0))));
    }

    @Test
    void oneAnswerOnASideHasNoTest() {
        assertNull(Welch.pValue(SampleMoments.of(Histogram.of(1, 0, 0, 1, 0, 0)), SampleMoments.of(Histogram.of(1, 0, 1, 2, 3, 0))));
    }
}
