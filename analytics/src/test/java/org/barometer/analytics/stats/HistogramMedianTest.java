package org.barometer.analytics.stats;

import static org.barometer.analytics.stats.Histograms.histogram;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistogramMedianTest {

    /** Medians are scale values or their half sums: exact in binary. */
    private static final double TOLERANCE = 0;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 2 3 0 4 1                | 3   | x <- rep(1:5, c(2, 3, 0, 4, 1)); c(length(x), mean(x), sd(x), median(x))
            1 | 0 1 5 9 6                | 4   | x <- rep(1:5, c(0, 1, 5, 9, 6)); c(length(x), mean(x), sd(x), median(x))
            1 | 12 30 41 25 7            | 3   | x <- rep(1:5, c(12, 30, 41, 25, 7)); c(length(x), mean(x), sd(x), median(x))
            0 | 1 0 2 3 5 8 10 12 9 6 4  | 7   | x <- rep(0:10, c(1, 0, 2, 3, 5, 8, 10, 12, 9, 6, 4)); c(length(x), mean(x), sd(x), median(x))
            1 | 1 0 0 0 1                | 3   | x <- rep(1:5, c(1, 0, 0, 0, 1)); c(length(x), mean(x), sd(x), median(x))
            1 | 0 2 0 2 0                | 3   | x <- rep(1:5, c(0, 2, 0, 2, 0)); c(length(x), mean(x), sd(x), median(x))
            1 | 1200 3400 5100 4000 900  | 3   | x <- rep(1:5, c(1200, 3400, 5100, 4000, 900)); c(length(x), mean(x), sd(x), median(x))
            1 | 0 0 0 3 0 0 4            | 7   | x <- rep(1:7, c(0, 0, 0, 3, 0, 0, 4)); c(length(x), mean(x), sd(x), median(x))
            1 | 0 0 1 1 0                | 3.5 | median(rep(1:5, c(0, 0, 1, 1, 0)))
            1 | 0 3 0 0 0                | 2   | median(rep(1:5, c(0, 3, 0, 0, 0)))
            1 | 0 0 0 0 1                | 5   | median(rep(1:5, c(0, 0, 0, 0, 1)))
            """)
    void matchesR(int min, String counts, double median, String r) {
        assertEquals(median, HistogramMedian.of(histogram(min, counts)), TOLERANCE, r);
    }

    @Test
    void noAnswerIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> HistogramMedian.of(Histogram.empty(1, 5)));
    }
}
