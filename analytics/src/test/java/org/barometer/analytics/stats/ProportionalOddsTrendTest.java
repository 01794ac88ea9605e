package org.barometer.analytics.stats;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The proportional-odds trend against R 4.2.2 with MASS 7.3-58 (analytics/src/test/r/reference-values.R,
 * section ProportionalOddsTrendTest; each row's last column is the command), run with a tight
 * convergence tolerance ({@code reltol = 1e-14}): at polr's default the fifth row stops 2e-4 short
 * of the optimum, which this fit reaches (its log-likelihood is higher).
 */
public class ProportionalOddsTrendTest {

    private static final double TOLERANCE = 1e-6;

    /** "4 8 10 6 2 / 3 6 10 8 3": counts of answers 1..5, waves oldest first. */
    public static List<Histogram> waves(String spec) {
        return Arrays.stream(spec.split(" / "))
                .map(w -> Histogram.of(1, Arrays.stream(w.trim().split(" ")).mapToLong(Long::parseLong).toArray())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "4 8 10 6 2 / 3 6 10 8 3 / 2 4 9 10 5 | 0.49127702060929324 | 0.23650578413417073 | 4.3921339231125103 | 0.036105096794749075",
            "10 12 8 3 1 / 8 12 9 4 1 / 6 10 11 6 2 / 4 8 12 9 4 | 0.45504920762868822 | 0.14003131258118703 | 10.871543382711764 | 0.0009765311666705156",
            "0 2 5 8 6 / 0 3 7 6 4 / 0 5 8 5 2 | -0.62672650584782097 | 0.29222006609009038 | 4.7424519873406723 | 0.029427101266583405",
            "1 3 9 3 1 / 1 2 10 3 1 / 0 4 8 4 1 / 1 3 9 3 2 | 0.062414995012068653 | 0.20356744352212744 | 0.0940591159310884 | 0.75907889549942376",
            "0 0 3 9 8 / 0 1 6 9 4 / 1 4 9 5 1 / 3 8 6 3 0 | -1.3079828865383567 | 0.23456421685847703 | 38.486242587617028 | 5.5141014602912858e-10",
            // two answer categories: the logistic regression, R glm(I(y == 4) ~ w, binomial, weights = n)
            "5 0 0 7 0 / 3 0 0 9 0 | 0.76214005200890322 | 0.88729862358070333 | 0.75599822350299917 | 0.38458377710722608",
    })
    void matchesPolr(String waves, double beta, double se, double lr, double p) {
        ProportionalOddsTrend trend = ProportionalOddsTrend.of(waves(waves));

        assertEquals(beta, trend.beta(), TOLERANCE);
        assertEquals(se, trend.se(), 1e-5, "se comes from a Hessian differenced from the gradient");
        assertEquals(lr, trend.lr(), TOLERANCE * Math.max(1, lr));
        assertEquals(p, trend.p(), TOLERANCE * Math.max(p, 1e-9));
    }

    @Test
    void identicalWavesHaveNoTrend() {
        ProportionalOddsTrend trend = ProportionalOddsTrend.of(waves("2 5 8 5 2 / 2 5 8 5 2 / 2 5 8 5 2"));

        assertEquals(0, trend.beta(), 1e-8);
        assertEquals(1, trend.p(), 1e-6);
    }

    @Test
    void oneCategoryOrOneWaveWithAnswersHasNone() {
        assertEquals(1, ProportionalOddsTrend.of(waves("0 0 7 0 0 / 0 0 9 0 0")).p());
        assertEquals(1, ProportionalOddsTrend.of(waves("1 2 3 4 5 / 0 0 0 0 0")).p());
    }

    @Test
    void wavesThatDoNotOverlapGiveATinyPAndAStableFit() {
        ProportionalOddsTrend trend = ProportionalOddsTrend.of(waves("5 5 0 0 0 / 0 0 0 5 5"));

        assertEquals(true, trend.beta() > 5, "β runs to a large value: " + trend);
        assertEquals(true, trend.p() < 1e-4, "p: " + trend);
    }
}
