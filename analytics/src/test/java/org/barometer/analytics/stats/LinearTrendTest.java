package org.barometer.analytics.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The answers' straight line against R 4.2.2 lm (reference-values.R, section LinearTrendTest). */
class LinearTrendTest {

    private static final double TOLERANCE = 1e-10;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "4 8 10 6 2 / 3 6 10 8 3 / 2 4 9 10 5 | 0.59999999999999976 | 0.021414250794028589 | 1.178585749205971",
            "10 12 8 3 1 / 8 12 9 4 1 / 6 10 11 6 2 / 4 8 12 9 4 | 0.83377095536255197 | 0.34065150437228608 | 1.3268904063528177",
            "0 2 5 8 6 / 0 3 7 6 4 / 0 5 8 5 2 | -0.65680000000000227 | -1.2588716669574325 | -0.054728333042571964",
            "1 3 9 3 1 / 1 2 10 3 1 / 0 4 8 4 1 / 1 3 9 3 2 | 0.11665004985044855 | -0.47218172380293932 | 0.70548182350383648",
            "0 0 3 9 8 / 0 1 6 9 4 / 1 4 9 5 1 / 3 8 6 3 0 | -1.8449999999999973 | -2.3563013711088168 | -1.3336986288911779",
    })
    void matchesLm(String waves, double change, double lo, double hi) {
        LinearTrend trend = LinearTrend.of(ProportionalOddsTrendTest.waves(waves)).orElseThrow();

        assertEquals(change, trend.change(), TOLERANCE);
        assertEquals(lo, trend.ci95().lo(), TOLERANCE);
        assertEquals(hi, trend.ci95().hi(), TOLERANCE);
    }

    @Test
    void answersInOneWaveOnlyHaveNoLine() {
        assertTrue(LinearTrend.of(ProportionalOddsTrendTest.waves("1 2 3 4 5 / 0 0 0 0 0")).isEmpty());
        assertTrue(LinearTrend.of(ProportionalOddsTrendTest.waves("1 0 0 0 0 / 0 1 0 0 0")).isEmpty());
    }
}
