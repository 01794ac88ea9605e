package org.barometer.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Assembly and special cases; each figure is checked against R in its own statistic's test. */
class CellStatisticsTest {

    private static final double TOLERANCE = 1e-10;

    private static Histogram tenAnswers() {
        return Histogram.of(1, 2, 3, 0, 4, 1);
    }

    @Test
    void typicalCell() {
        // x <- rep(1:5, c(2, 3, 0, 4, 1)); c(mean(x), sd(x), median(x), t.test(x)$conf.int)
        //   2.8999999999999999 1.4491376746189439 3 1.863349356759068 3.9366506432409314
        // f <- sum(x >= 4); prop.test(f, 10, correct = FALSE)$conf.int  0.23659309051256402 0.76340690948743595
        CellStatistics cell = CellStatistics.of(tenAnswers(), Polarity.POSITIVE);

        assertAll(
                () -> assertEquals(10, cell.n()),
                () -> assertEquals(2.8999999999999999, cell.mean(), TOLERANCE),
                () -> assertEquals(1.4491376746189439, cell.sd(), TOLERANCE),
                () -> assertEquals(3, cell.median(), TOLERANCE),
                () -> assertEquals(1.863349356759068, cell.ci95().lo(), TOLERANCE),
                () -> assertEquals(3.9366506432409314, cell.ci95().hi(), TOLERANCE),
                () -> assertFalse(cell.fpcApplied()),
                () -> assertEquals(0.5, cell.favorable(), TOLERANCE),
                () -> assertEquals(0.23659309051256402, cell.favorableCi95().lo(), TOLERANCE),
                () -> assertEquals(0.76340690948743595, cell.favorableCi95().hi(), TOLERANCE),
                () -> assertEquals(Map.of(1, 2L, 2, 3L, 3, 0L, 4, 4L, 5, 1L), cell.distribution()));
    }

    @Test
    void invitedCountNarrowsTheIntervalAndSaysSo() {
        // x <- rep(1:5, c(2, 3, 0, 4, 1)); N <- 12; n <- length(x);
        // mean(x) + c(-1, 1) * qt(0.975, n - 1) * sd(x) / sqrt(n) * sqrt((N - n) / (N - 1))
        //   2.4579706805010582 3.3420293194989417
        CellStatistics cell = CellStatistics.of(tenAnswers(), Polarity.POSITIVE, 12);

        assertTrue(cell.fpcApplied());
        assertEquals(2.4579706805010582, cell.ci95().lo(), TOLERANCE);
        assertEquals(3.3420293194989417, cell.ci95().hi(), TOLERANCE);
    }

    @Test
    void everyoneInvitedAnsweredCollapsesTheInterval() {
        CellStatistics cell = CellStatistics.of(tenAnswers(), Polarity.POSITIVE, 10);

        assertEquals(new Interval(cell.mean(), cell.mean()), cell.ci95());
    }

    @Test
    void noAnswerHasOnlyTheCountAndDistribution() {
        CellStatistics cell = CellStatistics.of(Histogram.empty(1, 5), Polarity.POSITIVE, 8);

        assertAll(
                () -> assertEquals(0, cell.n()),
                () -> assertNull(cell.mean()),
                () -> assertNull(cell.sd()),
                () -> assertNull(cell.median()),
                () -> assertNull(cell.ci95()),
                () -> assertFalse(cell.fpcApplied()),
                () -> assertNull(cell.favorable()),
                () -> assertNull(cell.favorableCi95()),
                () -> assertEquals(5, cell.distribution().size()));
    }

    @Test
    void oneAnswerHasNoSpreadNorInterval() {
        // prop.test(1, 1, correct = FALSE)$conf.int  0.2065493143772375 1
        CellStatistics cell = CellStatistics.of(Histogram.of(1, 0, 0, 0, 1, 0), Polarity.POSITIVE, 20);

        assertAll(
                () -> assertEquals(4, cell.mean()),
                () -> assertEquals(4, cell.median()),
                () -> assertNull(cell.sd()),
                () -> assertNull(cell.ci95()),
                () -> assertFalse(cell.fpcApplied()),
                () -> assertEquals(1, cell.favorable()),
                () -> assertEquals(0.2065493143772375, cell.favorableCi95().lo(), TOLERANCE));
    }

    @Test
    void twoAnswersHaveAWideInterval() {
        // x <- rep(1:5, c(1, 0, 0, 0, 1)); c(sd(x), t.test(x)$conf.int)
        //   2.8284271247461903 -22.412409472349388 28.412409472349388
        CellStatistics cell = CellStatistics.of(Histogram.of(1, 1, 0, 0, 0, 1), Polarity.NEGATIVE);

        assertEquals(2.8284271247461903, cell.sd(), TOLERANCE);
        assertEquals(-22.412409472349388, cell.ci95().lo(), TOLERANCE);
        assertEquals(28.412409472349388, cell.ci95().hi(), TOLERANCE);
        assertEquals(0.5, cell.favorable());
    }

    @Test
    void allAnswersEqualHaveNoSpread() {
        CellStatistics cell = CellStatistics.of(Histogram.of(1, 0, 0, 7, 0, 0), Polarity.POSITIVE);

        assertEquals(0, cell.sd());
        assertEquals(new Interval(3, 3), cell.ci95());
        assertEquals(3, cell.median());
    }

    @Test
    void polarityPicksTheFavourableEnd() {
        Histogram histogram = Histogram.of(1, 1, 1, 1, 1, 6);

        assertEquals(0.7, CellStatistics.of(histogram, Polarity.POSITIVE).favorable(), TOLERANCE);
        assertEquals(0.2, CellStatistics.of(histogram, Polarity.NEGATIVE).favorable(), TOLERANCE);
    }

    @Test
    void fewerInvitedThanAnswersIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> CellStatistics.of(tenAnswers(), Polarity.POSITIVE, 9));
    }
}
