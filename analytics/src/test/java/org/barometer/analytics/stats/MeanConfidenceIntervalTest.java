package org.barometer.analytics.stats;

import static org.barometer.analytics.stats.Histograms.histogram;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeanConfidenceIntervalTest {

    /** The t quantile is solved to 1e-13; R's qt is accurate to about 1e-15. */
    private static final double TOLERANCE = 1e-10;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 2 3 0 4 1               | 1.863349356759068   | 3.9366506432409314 | x <- rep(1:5, c(2, 3, 0, 4, 1)); t.test(x)$conf.int
            1 | 0 1 5 9 6               | 3.5587971424692029  | 4.3459647622927022 | x <- rep(1:5, c(0, 1, 5, 9, 6)); t.test(x)$conf.int
            1 | 12 30 41 25 7           | 2.6730258872752657  | 3.0661045475073427 | x <- rep(1:5, c(12, 30, 41, 25, 7)); t.test(x)$conf.int
            0 | 1 0 2 3 5 8 10 12 9 6 4 | 5.8203888035636666  | 6.9462778631030018 | x <- rep(0:10, c(1, 0, 2, 3, 5, 8, 10, 12, 9, 6, 4)); t.test(x)$conf.int
            1 | 1 0 0 0 1               | -22.412409472349388 | 28.412409472349388 | x <- rep(1:5, c(1, 0, 0, 0, 1)); t.test(x)$conf.int
            """)
    void matchesRWithoutCorrection(int min, String counts, double lo, double hi, String r) {
        Interval ci = MeanConfidenceInterval.of(SampleMoments.of(histogram(min, counts)));

        assertEquals(lo, ci.lo(), TOLERANCE, r);
        assertEquals(hi, ci.hi(), TOLERANCE, r);
    }

    @ParameterizedTest(name = "{0}: {1}, N = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 2 3 0 4 1     | 12  | 2.4579706805010582 | 3.3420293194989417 | x <- rep(1:5, c(2, 3, 0, 4, 1)); N <- 12; n <- length(x); mean(x) + c(-1, 1) * qt(0.975, n - 1) * sd(x) / sqrt(n) * sqrt((N - n) / (N - 1))
            1 | 2 3 0 4 1     | 10  | 2.8999999999999999 | 2.8999999999999999 | x <- rep(1:5, c(2, 3, 0, 4, 1)); N <- 10; n <- length(x); mean(x) + c(-1, 1) * qt(0.975, n - 1) * sd(x) / sqrt(n) * sqrt((N - n) / (N - 1))
            1 | 0 1 5 9 6     | 21  | 3.9523809523809526 | 3.9523809523809526 | x <- rep(1:5, c(0, 1, 5, 9, 6)); N <- 21; n <- length(x); mean(x) + c(-1, 1) * qt(0.975, n - 1) * sd(x) / sqrt(n) * sqrt((N - n) / (N - 1))
            1 | 0 1 5 9 6     | 30  | 3.733120916333228  | 4.1716409884286767 | x <- rep(1:5, c(0, 1, 5, 9, 6)); N <- 30; n <- length(x); mean(x) + c(-1, 1) * qt(0.975, n - 1) * sd(x) / sqrt(n) * sqrt((N - n) / (N - 1))
            1 | 12 30 41 25 7 | 400 | 2.7034591663222418 | 3.0356712684603666 | x <- rep(1:5, c(12, 30, 41, 25, 7)); N <- 400; n <- length(x); mean(x) + c(-1, 1) * qt(0.975, n - 1) * sd(x) / sqrt(n) * sqrt((N - n) / (N - 1))
            """)
    void matchesRWithFinitePopulationCorrection(int min, String counts, long invited, double lo, double hi, String r) {
        Interval ci = MeanConfidenceInterval.of(SampleMoments.of(histogram(min, counts)), invited);

        assertEquals(lo, ci.lo(), TOLERANCE, r);
        assertEquals(hi, ci.hi(), TOLERANCE, r);
    }

    @Test
    void needsTwoAnswersAndAConsistentPopulation() {
        SampleMoments one = SampleMoments.of(Histogram.of(1, 0, 1, 0));
        SampleMoments ten = SampleMoments.of(Histogram.of(1, 2, 3, 0, 4, 1));

        assertThrows(IllegalArgumentException.class, () -> MeanConfidenceInterval.of(one));
        assertThrows(IllegalArgumentException.class, () -> MeanConfidenceInterval.of(ten, 9));
    }
}
