package org.barometer.insight;

import org.barometer.templates.Polarity;
import org.barometer.templates.Question;
import org.barometer.templates.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A heatmap cell's shade says how good the mean is, whichever end of the scale is good. */
class HeatmapShadeTest {

    @ParameterizedTest(name = "{0} mean {1} on 1–5 -> shade {2}")
    @CsvSource({
            // position (mean − 1) / 4, turned for a negative question, in five equal steps.
            "POSITIVE, 1.0, 0", "POSITIVE, 2.0, 1", "POSITIVE, 3.0, 2", "POSITIVE, 4.0, 3", "POSITIVE, 5.0, 4",
            "NEGATIVE, 1.0, 4", "NEGATIVE, 2.0, 3", "NEGATIVE, 4.0, 1", "NEGATIVE, 5.0, 0",
            "POSITIVE, 3.79, 3", "NEGATIVE, 3.79, 1"})
    void theGoodEndIsAlwaysShadeFour(Polarity polarity, double mean, int shade) {
        Question question = new Question("q", Map.of("en", "Q"), new Scale(1, 5, Map.of()), polarity);

        assertEquals(shade, HeatmapPage.shade(question, mean));
    }
}
