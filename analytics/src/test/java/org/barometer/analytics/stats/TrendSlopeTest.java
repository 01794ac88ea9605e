package org.barometer.analytics.stats;

import static org.barometer.analytics.stats.Histograms.numbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendSlopeTest {

    /** Commons Math solves the t quantile of the interval to 1e-9 (its default accuracy). */
    private static final double TOLERANCE = 1e-9;

    @ParameterizedTest(name = "x = {0}, y = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0 1 2 3         | 3.2 3.4 3.3 3.6                 | 0.10999999999999988  | -0.11357239405752995 | 0.3335723940575297    | x <- c(0, 1, 2, 3); y <- c(3.2, 3.4, 3.3, 3.6); m <- lm(y ~ x); c(coef(m)[2], confint(m)[2, ])
            0 1 3 4         | 3.1 3.0 3.5 3.6                 | 0.1499999999999998   | -0.029992877351955716 | 0.32999287735195532  | x <- c(0, 1, 3, 4); y <- c(3.1, 3.0, 3.5, 3.6); m <- lm(y ~ x); c(coef(m)[2], confint(m)[2, ])
            0 1 2           | 3 3.5 4                         | 0.49999999999999994  | 0.49999999999999895  | 0.50000000000000089   | x <- c(0, 1, 2); y <- c(3, 3.5, 4); m <- lm(y ~ x); c(coef(m)[2], confint(m)[2, ])
            0 1 2 3 4 5 6 7 | 3.9 3.7 3.8 3.4 3.5 3.1 3.3 3.0 | -0.12261904761904741 | -0.17310154209732975 | -0.072136553140765058 | x <- c(0, 1, 2, 3, 4, 5, 6, 7); y <- c(3.9, 3.7, 3.8, 3.4, 3.5, 3.1, 3.3, 3.0); m <- lm(y ~ x); c(coef(m)[2], confint(m)[2, ])
            0 2 5           | 2.5 2.9 2.6                     | 0.010526315789473457 | -1.0319480503675862  | 1.0530006819465332    | x <- c(0, 2, 5); y <- c(2.5, 2.9, 2.6); m <- lm(y ~ x); c(coef(m)[2], confint(m)[2, ])
            """)
    void matchesR(String x, String y, double slope, double lo, double hi, String r) {
        Slope fitted = TrendSlope.fit(series(x, y)).orElseThrow();

        assertEquals(slope, fitted.value(), TOLERANCE, r);
        assertEquals(lo, fitted.ci95().lo(), TOLERANCE, r);
        assertEquals(hi, fitted.ci95().hi(), TOLERANCE, r);
        assertEquals(numbers(x).length, fitted.waves());
    }

    @Test
    void twoWavesHaveASlopeButNoInterval() {
        // x <- c(0, 1); y <- c(3.2, 3.5); m <- lm(y ~ x); c(coef(m)[2], confint(m)[2, ])  0.29999999999999999 NaN NaN
        Slope fitted = TrendSlope.fit(Arrays.asList(3.2, 3.5)).orElseThrow();

        assertEquals(0.29999999999999999, fitted.value(), TOLERANCE);
        assertNull(fitted.ci95());
    }

    @Test
    void oneWaveHasNoSlope() {
        assertTrue(TrendSlope.fit(Arrays.asList(null, 3.2, null)).isEmpty());
        assertTrue(TrendSlope.fit(Map.of()).isEmpty());
    }

    @Test
    void missingWavesKeepTheirPlaceOnTheTimeAxis() {
        // same as the row x = 0 1 3 4: the wave at index 2 had no answers
        Slope fitted = TrendSlope.fit(Arrays.asList(3.1, 3.0, null, 3.5, 3.6)).orElseThrow();

        assertEquals(0.1499999999999998, fitted.value(), TOLERANCE);
        assertEquals(-0.029992877351955716, fitted.ci95().lo(), TOLERANCE);
        assertEquals(4, fitted.waves());
    }

    @Test
    void rejectsANonFiniteMean() {
        assertThrows(IllegalArgumentException.class, () -> TrendSlope.fit(Map.of(0, 3.0, 1, Double.NaN)));
    }

    private static Map<Integer, Double> series(String x, String y) {
        double[] xs = numbers(x);
        double[] ys = numbers(y);
        Map<Integer, Double> series = new TreeMap<>();
        for (int i = 0; i < xs.length; i++) {
            series.put((int) xs[i], ys[i]);
        }
        return series;
    }
}
