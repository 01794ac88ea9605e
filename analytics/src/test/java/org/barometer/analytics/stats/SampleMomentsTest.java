package org.barometer.analytics.stats;

import static org.barometer.analytics.stats.Histograms.histogram;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleMomentsTest {

    /** Sums of at most 15 000 small integers: only rounding of the last bits differs from R. */
    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 2 3 0 4 1                | 10    | 2.8999999999999999 | 1.4491376746189439  | x <- rep(1:5, c(2, 3, 0, 4, 1)); c(length(x), mean(x), sd(x), median(x))
            1 | 0 1 5 9 6                | 21    | 3.9523809523809526 | 0.86464966756429606 | x <- rep(1:5, c(0, 1, 5, 9, 6)); c(length(x), mean(x), sd(x), median(x))
            1 | 12 30 41 25 7            | 115   | 2.8695652173913042 | 1.0639362460324691  | x <- rep(1:5, c(12, 30, 41, 25, 7)); c(length(x), mean(x), sd(x), median(x))
            0 | 1 0 2 3 5 8 10 12 9 6 4  | 60    | 6.3833333333333337 | 2.179190229534167   | x <- rep(0:10, c(1, 0, 2, 3, 5, 8, 10, 12, 9, 6, 4)); c(length(x), mean(x), sd(x), median(x))
            1 | 0 0 7 0 0                | 7     | 3                  | 0                   | x <- rep(1:5, c(0, 0, 7, 0, 0)); c(length(x), mean(x), sd(x), median(x))
            1 | 1 0 0 0 1                | 2     | 3                  | 2.8284271247461903  | x <- rep(1:5, c(1, 0, 0, 0, 1)); c(length(x), mean(x), sd(x), median(x))
            1 | 0 2 0 2 0                | 4     | 3                  | 1.1547005383792515  | x <- rep(1:5, c(0, 2, 0, 2, 0)); c(length(x), mean(x), sd(x), median(x))
            1 | 1200 3400 5100 4000 900  | 14600 | 3                  | 1.0403200991155936  | x <- rep(1:5, c(1200, 3400, 5100, 4000, 900)); c(length(x), mean(x), sd(x), median(x))
            1 | 0 0 0 3 0 0 4            | 7     | 5.7142857142857144 | 1.6035674514745464  | x <- rep(1:7, c(0, 0, 0, 3, 0, 0, 4)); c(length(x), mean(x), sd(x), median(x))
            """)
    void matchesR(int min, String counts, long n, double mean, double sd, String r) {
        SampleMoments moments = SampleMoments.of(histogram(min, counts));

        assertEquals(n, moments.n(), r);
        assertEquals(mean, moments.mean(), TOLERANCE, r);
        assertEquals(sd, moments.sd(), TOLERANCE, r);
    }

    @Test
    void oneAnswerHasNoVariance() {
        assertTrue(Double.isNaN(SampleMoments.of(Histogram.of(1, 0, 1, 0)).variance()));
    }

    @Test
    void noAnswerIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SampleMoments.of(Histogram.empty(1, 5)));
    }
}
