package org.barometer.analytics.stats;

import static org.barometer.analytics.stats.Histograms.histogram;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FavorableShareTest {

    /** Closed-form Wilson bounds from the same normal quantile: only last-bit rounding differs. */
    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 2 3 0 4 1               | POSITIVE | 0.5                 | 0.23659309051256402  | 0.76340690948743595 | x <- rep(1:5, c(2, 3, 0, 4, 1)); f <- sum(x >= 4); c(f / length(x), prop.test(f, length(x), correct = FALSE)$conf.int)
            1 | 2 3 0 4 1               | NEGATIVE | 0.5                 | 0.23659309051256402  | 0.76340690948743595 | x <- rep(1:5, c(2, 3, 0, 4, 1)); f <- sum(x <= 2); c(f / length(x), prop.test(f, length(x), correct = FALSE)$conf.int)
            1 | 0 1 5 9 6               | POSITIVE | 0.7142857142857143  | 0.50043619283914409  | 0.86186137047877864 | x <- rep(1:5, c(0, 1, 5, 9, 6)); f <- sum(x >= 4); c(f / length(x), prop.test(f, length(x), correct = FALSE)$conf.int)
            1 | 12 30 41 25 7           | NEGATIVE | 0.36521739130434783 | 0.28289757741605537  | 0.4562506936702812  | x <- rep(1:5, c(12, 30, 41, 25, 7)); f <- sum(x <= 2); c(f / length(x), prop.test(f, length(x), correct = FALSE)$conf.int)
            0 | 1 0 2 3 5 8 10 12 9 6 4 | POSITIVE | 0.16666666666666666 | 0.093131769791914551 | 0.28031613163614533 | x <- rep(0:10, c(1, 0, 2, 3, 5, 8, 10, 12, 9, 6, 4)); f <- sum(x >= 9); c(f / length(x), prop.test(f, length(x), correct = FALSE)$conf.int)
            1 | 0 0 1 0 0               | POSITIVE | 0                   | 0                    | 0.79345068562276255 | x <- rep(1:5, c(0, 0, 1, 0, 0)); f <- sum(x >= 4); c(f / length(x), prop.test(f, length(x), correct = FALSE)$conf.int)
            1 | 0 0 0 1 0               | POSITIVE | 1                   | 0.2065493143772375   | 1                   | x <- rep(1:5, c(0, 0, 0, 1, 0)); f <- sum(x >= 4); c(f / length(x), prop.test(f, length(x), correct = FALSE)$conf.int)
            1 | 0 0 7 0 0               | POSITIVE | 0                   | 0                    | 0.35433043506668732 | x <- rep(1:5, c(0, 0, 7, 0, 0)); f <- sum(x >= 4); c(f / length(x), prop.test(f, length(x), correct = FALSE)$conf.int)
            1 | 0 0 0 3 4               | POSITIVE | 1                   | 0.64566956493331262  | 1                   | x <- rep(1:5, c(0, 0, 0, 3, 4)); f <- sum(x >= 4); c(f / length(x), prop.test(f, length(x), correct = FALSE)$conf.int)
            1 | 1200 3400 5100 4000 900 | NEGATIVE | 0.31506849315068491 | 0.30758272143102899  | 0.32265155526755784 | x <- rep(1:5, c(1200, 3400, 5100, 4000, 900)); f <- sum(x <= 2); c(f / length(x), prop.test(f, length(x), correct = FALSE)$conf.int)
            """)
    void matchesR(int min, String counts, Polarity polarity, double share, double lo, double hi, String r) {
        FavorableShare favorable = FavorableShare.of(histogram(min, counts), polarity);

        assertEquals(share, favorable.share(), TOLERANCE, r);
        assertEquals(lo, favorable.ci95().lo(), TOLERANCE, r);
        assertEquals(hi, favorable.ci95().hi(), TOLERANCE, r);
    }
}
