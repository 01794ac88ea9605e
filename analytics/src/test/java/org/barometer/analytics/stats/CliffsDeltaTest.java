package org.barometer.analytics.stats;

import static org.barometer.analytics.stats.Histograms.histogram;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliffsDeltaTest {

    /** A ratio of integer counts: exact up to rounding. */
    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest(name = "{0}: {1} vs {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 2 3 0 4 1               | 0 1 5 9 6                | 0.41428571428571431  | x <- rep(1:5, c(2, 3, 0, 4, 1)); y <- rep(1:5, c(0, 1, 5, 9, 6)); mean(sign(outer(y, x, "-")))
            1 | 12 30 41 25 7           | 20 35 38 20 2            | -0.15720226843100185 | x <- rep(1:5, c(12, 30, 41, 25, 7)); y <- rep(1:5, c(20, 35, 38, 20, 2)); mean(sign(outer(y, x, "-")))
            1 | 0 1 5 9 6               | 0 1 5 9 6                | 0                    | x <- rep(1:5, c(0, 1, 5, 9, 6)); y <- rep(1:5, c(0, 1, 5, 9, 6)); mean(sign(outer(y, x, "-")))
            1 | 0 0 7 0 0               | 0 0 0 7 0                | 1                    | x <- rep(1:5, c(0, 0, 7, 0, 0)); y <- rep(1:5, c(0, 0, 0, 7, 0)); mean(sign(outer(y, x, "-")))
            0 | 1 0 2 3 5 8 10 12 9 6 4 | 0 1 1 2 4 6 9 13 12 8 4  | 0.11611111111111111  | x <- rep(0:10, c(1, 0, 2, 3, 5, 8, 10, 12, 9, 6, 4)); y <- rep(0:10, c(0, 1, 1, 2, 4, 6, 9, 13, 12, 8, 4)); mean(sign(outer(y, x, "-")))
            1 | 3 1 0 0 0               | 0 0 0 1 3                | 1                    | x <- rep(1:5, c(3, 1, 0, 0, 0)); y <- rep(1:5, c(0, 0, 0, 1, 3)); mean(sign(outer(y, x, "-")))
            1 | 1 0 0 0 0               | 0 0 0 0 1                | 1                    | x <- rep(1:5, c(1, 0, 0, 0, 0)); y <- rep(1:5, c(0, 0, 0, 0, 1)); mean(sign(outer(y, x, "-")))
            1 | 0 0 0 1 3               | 3 1 0 0 0                | -1                   | x <- rep(1:5, c(0, 0, 0, 1, 3)); y <- rep(1:5, c(3, 1, 0, 0, 0)); mean(sign(outer(y, x, "-")))
            1 | 1200 3400 5100 4000 900 | 1100 3300 5000 4300 1000 | 0.029167831516168086 | x <- rep(1:5, c(1200, 3400, 5100, 4000, 900)); y <- rep(1:5, c(1100, 3300, 5000, 4300, 1000)); 2 * wilcox.test(y, x, exact = FALSE)$statistic / (length(x) * length(y)) - 1
            """)
    void matchesR(int min, String before, String after, double delta, String r) {
        assertEquals(delta, CliffsDelta.of(histogram(min, before), histogram(min, after)), TOLERANCE, r);
    }
}
