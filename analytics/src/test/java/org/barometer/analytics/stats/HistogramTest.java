package org.barometer.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void mapAndArrayFactoriesAgree() {
        Histogram fromMap = Histogram.of(1, 5, Map.of(1, 2, 2, 3, 4, 4L, 5, 1));
        Histogram fromArray = Histogram.of(1, 2, 3, 0, 4, 1);

        assertEquals(fromArray, fromMap);
        assertEquals(fromArray.hashCode(), fromMap.hashCode());
        assertEquals(10, fromMap.n());
        assertEquals(0, fromMap.count(3));
        assertEquals(5, fromMap.max());
    }

    @Test
    void valuesAreCounted() {
        assertEquals(Histogram.of(0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2), Histogram.ofValues(0, 10, 10, 0, 10));
    }

    @Test
    void distributionListsEveryScaleValueInOrder() {
        assertEquals(Map.of(1, 0L, 2, 3L, 3, 0L), Histogram.of(1, 0, 3, 0).distribution());
        assertEquals(1, Histogram.of(1, 0, 3, 0).distribution().firstKey());
    }

    @Test
    void isImmutable() {
        long[] counts = {1, 2, 3};
        Histogram histogram = Histogram.of(1, counts);
        counts[0] = 99;

        assertEquals(1, histogram.count(1));
        assertThrows(UnsupportedOperationException.class, () -> histogram.distribution().put(1, 5L));
    }

    @Test
    void sameCountsOnAnotherScaleDiffer() {
        assertNotEquals(Histogram.of(0, 1, 2), Histogram.of(1, 1, 2));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(1, 5, Map.of(6, 1)));
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(1, 5, Map.of(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(1, 2, -1, 3));
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(1, 4));
        assertThrows(IllegalArgumentException.class, () -> Histogram.empty(3, 3));
        assertThrows(IllegalArgumentException.class, () -> Histogram.ofValues(1, 5, 7));
    }
}
