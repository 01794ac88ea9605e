package org.barometer.analytics.stats;

import static org.barometer.analytics.stats.Histograms.histogram;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WellBeingIndexTest {

    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a positive, b negative, d positive 0-10 | 45.841269841269842 | a <- rep(1:5, c(2, 3, 0, 4, 1)); b <- rep(1:5, c(0, 1, 5, 9, 6)); d <- rep(0:10, c(1, 0, 2, 3, 5, 8, 10, 12, 9, 6, 4)); mean(c((mean(a) - 1) / 4 * 100, 100 - (mean(b) - 1) / 4 * 100, mean(d) / 10 * 100))
            """)
    void matchesR(String items, double index, String r) {
        WellBeingIndex result = WellBeingIndex.of(List.of(
                new WellBeingIndex.Item(histogram(1, "2 3 0 4 1"), Polarity.POSITIVE),
                new WellBeingIndex.Item(histogram(1, "0 1 5 9 6"), Polarity.NEGATIVE),
                new WellBeingIndex.Item(histogram(0, "1 0 2 3 5 8 10 12 9 6 4"), Polarity.POSITIVE)));

        assertEquals(index, result.value(), TOLERANCE, r);
        assertEquals(3, result.items());
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 0 0 0 0 9 | POSITIVE | 100 | 100 * (mean(rep(1:5, c(0, 0, 0, 0, 9))) - 1) / 4
            1 | 0 0 0 0 9 | NEGATIVE | 0   | 100 - 100 * (mean(rep(1:5, c(0, 0, 0, 0, 9))) - 1) / 4
            1 | 5 0 0 0 0 | NEGATIVE | 100 | 100 - 100 * (mean(rep(1:5, c(5, 0, 0, 0, 0))) - 1) / 4
            0 | 1 0 0 0 0 0 0 0 0 0 1 | POSITIVE | 50 | 100 * mean(rep(0:10, c(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))) / 10
            """)
    void scoresEndsOfTheScale(int min, String counts, Polarity polarity, double score, String r) {
        assertEquals(score, WellBeingIndex.score(histogram(min, counts), polarity), TOLERANCE, r);
    }

    @Test
    void questionsWithoutAnswersAreLeftOut() {
        WellBeingIndex result = WellBeingIndex.of(List.of(
                new WellBeingIndex.Item(Histogram.of(1, 0, 0, 0, 0, 4), Polarity.POSITIVE),
                new WellBeingIndex.Item(Histogram.empty(1, 5), Polarity.NEGATIVE)));

        assertEquals(new WellBeingIndex(100.0, 1), result);
    }

    @Test
    void noAnsweredQuestionHasNoIndex() {
        WellBeingIndex result = WellBeingIndex.of(List.of(new WellBeingIndex.Item(Histogram.empty(1, 5), Polarity.NEGATIVE)));

        assertNull(result.value());
        assertEquals(0, result.items());
        assertNull(WellBeingIndex.of(List.of()).value());
    }
}
