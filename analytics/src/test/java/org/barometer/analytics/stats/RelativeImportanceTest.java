package org.barometer.analytics.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LMG shares against a direct computation in R 4.2.2: the Shapley sum over all subsets of
 * {@code summary(lm(y ~ S))$r.squared} (reference-values.R, section RelativeImportanceTest, which
 * builds the same 60 answers as {@link #answers()}).
 */
class RelativeImportanceTest {

    private static final double[] INDEX = {0.25, -0.25, 0.5, 0.25};

    /** R: i <- 0:59; x1 <- 1 + (i %% 5); x2 <- 1 + ((i * 7 + i %/% 5) %% 5); x3 <- 1 + ((x1 + x2 + i %% 3) %% 5); x4 <- 1 + ((2 * x1 + i %/% 7) %% 5) */
    static CrossProducts answers() {
        CrossProducts sums = CrossProducts.empty(4);
        for (int i = 0; i < 60; i++) {
            int x1 = 1 + i % 5;
            int x2 = 1 + (i * 7 + i / 5) % 5;
            int x3 = 1 + (x1 + x2 + i % 3) % 5;
            int x4 = 1 + (2 * x1 + i / 7) % 5;
            sums = sums.plus(x1, x2, x3, x4);
        }
        return sums;
    }

    @Test
    void sharesMatchTheShapleySumOfRSquaredInR() {
        // lmg(lmgData(), 4)
        double[] expected = {0.1352944385225473, 0.10134017885952529, 0.67428918554368344, 0.089076197074243899};

        RelativeImportance importance = RelativeImportance.of(answers(), INDEX, 0, 1);

        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], importance.shares()[j], 1e-9, "question " + (j + 1));
        }
        assertEquals(1, importance.r2(), 1e-9, "the index is an exact combination of its questions");
    }

    @Test
    void bootstrapIntervalsHoldTheirShareAndRepeatForOneSeed() {
        RelativeImportance first = RelativeImportance.of(answers(), INDEX, 300, 42);
        RelativeImportance again = RelativeImportance.of(answers(), INDEX, 300, 42);

        for (int j = 0; j < 4; j++) {
            Interval ci = first.ci95().get(j);
            assertTrue(ci.lo() < first.shares()[j] && first.shares()[j] < ci.hi(), "question " + (j + 1) + ": " + ci);
            assertTrue(ci.lo() >= 0 && ci.hi() <= 1, ci.toString());
            assertEquals(ci, again.ci95().get(j));
        }
    }

    @Test
    void aQuestionEveryoneAnsweredAlikeWeighsNothing() {
        CrossProducts sums = CrossProducts.empty(3);
        for (int i = 0; i < 30; i++) {
            sums = sums.plus(1 + i % 5, 3, 1 + (i * 3) % 5);
        }

        RelativeImportance importance = RelativeImportance.of(sums, new double[] {1, 1, 1}, 50, 7);

        assertEquals(0, importance.shares()[1], 1e-9);
        assertEquals(1, importance.r2(), 1e-9);
    }
}
