package org.barometer.analytics.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Difference of means with Welch's interval and the rank test's p, against R 4.2.2 (reference-values.R, section MeanDifferenceTest). */
class MeanDifferenceTest {

    private static final double TOLERANCE = 1e-10;

    private static Histogram counts(String spec) {
        return Histogram.of(1, Arrays.stream(spec.split(" ")).mapToLong(Long::parseLong).toArray());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12 30 41 25 7 | 20 35 38 20 2 | -0.31304347826086953 | -0.58483249096941292 | -0.041254465552326196 | 0.032425123884331636",
            "0 0 1 2 0 | 0 1 5 9 6 | 0.28571428571428603 | -0.8478288011327707 | 1.4192573725613427 | 0.54390572900530665",
            "4 8 10 6 2 | 2 4 9 10 5 | 0.60000000000000009 | 0.016206458215398779 | 1.1837935417846015 | 0.041663092834354203",
    })
    void matchesTTestAndWilcoxon(String first, String second, double difference, double lo, double hi, double p) {
        MeanDifference d = MeanDifference.of(counts(first), counts(second)).orElseThrow();

        assertEquals(difference, d.difference(), TOLERANCE);
        assertEquals(lo, d.ci95().lo(), TOLERANCE);
        assertEquals(hi, d.ci95().hi(), TOLERANCE);
        assertEquals(p, d.p(), TOLERANCE);
    }

    @Test
    void aSideWithOneAnswerHasNoDifference() {
        assertTrue(MeanDifference.of(counts("1 0 0 0 0"), counts("0 1 5 9 6")).isEmpty());
    }

    @Test
    void sidesWithoutVarianceGiveAZeroWidthInterval() {
        MeanDifference d = MeanDifference.of(counts("0 4 0 0 0"), counts("0 0 0 5 0")).orElseThrow();

        assertEquals(2, d.difference(), TOLERANCE);
        assertEquals(2, d.ci95().lo(), TOLERANCE);
        assertEquals(2, d.ci95().hi(), TOLERANCE);
    }
}
