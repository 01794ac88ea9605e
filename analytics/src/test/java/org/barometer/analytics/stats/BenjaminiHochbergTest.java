package org.barometer.analytics.stats;

import static org.barometer.analytics.stats.Histograms.numbers;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenjaminiHochbergTest {

    /** One multiplication and division per value. */
    private static final double TOLERANCE = 1e-15;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0.01 0.04 0.03 0.005                                       | 0.02 0.040000000000000001 0.039999999999999994 0.02                                                                                                    | p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH")
            0.5                                                        | 0.5                                                                                                                                                    | p.adjust(c(0.5), "BH")
            0.02 0.02 0.2 0.8 0.001                                    | 0.033333333333333333 0.033333333333333333 0.25 0.80000000000000004 0.0050000000000000001                                                               | p.adjust(c(0.02, 0.02, 0.2, 0.8, 0.001), "BH")
            0.001 0.008 0.039 0.041 0.042 0.06 0.074 0.205 0.212 0.216 | 0.01 0.040000000000000001 0.084000000000000005 0.084000000000000005 0.084000000000000005 0.10000000000000001 0.10571428571428571 0.216 0.216 0.216 | p.adjust(c(0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216), "BH")
            0.9 0.8 0.95 1                                             | 1 1 1 1                                                                                                                                                | p.adjust(c(0.9, 0.8, 0.95, 1), "BH")
            0 0.3 0.04                                                 | 0 0.29999999999999999 0.059999999999999998                                                                                                             | p.adjust(c(0, 0.3, 0.04), "BH")
            """)
    void matchesR(String p, String q, String r) {
        assertArrayEquals(numbers(q), BenjaminiHochberg.adjust(numbers(p)), TOLERANCE, r);
    }

    @Test
    void emptyFamily() {
        // p.adjust(numeric(0), "BH") is numeric(0)
        assertEquals(0, BenjaminiHochberg.adjust().length);
    }

    @Test
    void rejectsWhatIsNotAPValue() {
        assertThrows(IllegalArgumentException.class, () -> BenjaminiHochberg.adjust(0.1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> BenjaminiHochberg.adjust(1.2));
    }
}
