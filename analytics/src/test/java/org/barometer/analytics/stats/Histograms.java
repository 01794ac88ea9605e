package org.barometer.analytics.stats;

import java.util.Arrays;

/** Test data: histograms written as the R {@code rep(min:max, c(counts))} they stand for. */
final class Histograms {

    private Histograms() {
    }

    /** @return the histogram of scale {@code min..} with the space-separated {@code counts} */
    static Histogram histogram(int min, String counts) {
        return Histogram.of(min, Arrays.stream(counts.trim().split("\\s+")).mapToLong(Long::parseLong).toArray());
    }

    /** @return the space-separated numbers as an array */
    static double[] numbers(String values) {
        return values.isBlank()
                ? new double[0]
                : Arrays.stream(values.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }
}
