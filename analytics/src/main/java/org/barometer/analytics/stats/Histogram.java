package org.barometer.analytics.stats;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The answers of one cell (wave, segment, question) as the count of each value of an integer
 * rating scale {@code min..max}, for example 1..5 or 0..10.
 *
 * <p>Immutable. Every statistic of the module reads a histogram, so the cost of analysis is
 * proportional to the number of scale points, not to the number of responses.
 */
public final class Histogram {

    private final int min;
    private final long[] counts;

    private Histogram(int min, long[] counts) {
        if (counts.length < 2) {
            throw new IllegalArgumentException("A scale has at least two values, got " + counts.length);
        }
        for (long count : counts) {
            if (count < 0) {
                throw new IllegalArgumentException("Negative count in " + Arrays.toString(counts));
            }
        }
        this.min = min;
        this.counts = counts;
    }

    /**
     * @param min lowest value of the scale
     * @param counts count of each value, from {@code min} upwards; at least two values
     * @return the histogram of scale {@code min..min + counts.length - 1}
     */
    public static Histogram of(int min, long... counts) {
        return new Histogram(min, counts.clone());
    }

    /**
     * @param min lowest value of the scale
     * @param max highest value of the scale
     * @param counts count by scale value; absent values count zero
     * @return the histogram
     * @throws IllegalArgumentException if a key lies outside {@code min..max} or a count is negative
     */
    public static Histogram of(int min, int max, Map<Integer, ? extends Number> counts) {
        long[] array = new long[checkedSize(min, max)];
        counts.forEach((value, count) -> {
            if (value < min || value > max) {
                throw new IllegalArgumentException("Value " + value + " outside scale " + min + ".." + max);
            }
            array[value - min] = count.longValue();
        });
        return new Histogram(min, array);
    }

    /**
     * Counts raw answers; meant for tests and small tools (the service reads histograms from SQL).
     *
     * @return the histogram of {@code values} on scale {@code min..max}
     */
    public static Histogram ofValues(int min, int max, int... values) {
        long[] array = new long[checkedSize(min, max)];
        for (int value : values) {
            if (value < min || value > max) {
                throw new IllegalArgumentException("Value " + value + " outside scale " + min + ".." + max);
            }
            array[value - min]++;
        }
        return new Histogram(min, array);
    }

    /**
     * @return a histogram with no answers on scale {@code min..max}
     */
    public static Histogram empty(int min, int max) {
        return new Histogram(min, new long[checkedSize(min, max)]);
    }

    private static int checkedSize(int min, int max) {
        if (max <= min) {
            throw new IllegalArgumentException("Scale " + min + ".." + max + " needs max > min");
        }
        return Math.toIntExact((long) max - min + 1);
    }

    /** @return lowest value of the scale */
    public int min() {
        return min;
    }

    /** @return highest value of the scale */
    public int max() {
        return min + counts.length - 1;
    }

    /** @return number of scale values, {@code max - min + 1} */
    public int size() {
        return counts.length;
    }

    /** @return the value at position {@code index} of the scale, {@code min + index} */
    public int valueAt(int index) {
        return min + index;
    }

    /** @return the count at position {@code index} of the scale (0 for {@code min}) */
    public long countAt(int index) {
        return counts[index];
    }

    /** @return the count of {@code value}, 0 for a value outside the scale */
    public long count(int value) {
        int index = value - min;
        return index >= 0 && index < counts.length ? counts[index] : 0;
    }

    /** @return number of answers */
    public long n() {
        long n = 0;
        for (long count : counts) {
            n += count;
        }
        return n;
    }

    /**
     * @return the counts of both added value by value
     * @throws IllegalArgumentException if the scales differ
     */
    public Histogram plus(Histogram other) {
        if (!sameScaleAs(other)) {
            throw new IllegalArgumentException("Different scales: " + this + " and " + other);
        }
        long[] sum = counts.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] = Math.addExact(sum[i], other.counts[i]);
        }
        return new Histogram(min, sum);
    }

    /**
     * @return the counts of this one less those of {@code part}, a part of it (the rest of a group)
     * @throws IllegalArgumentException if the scales differ or {@code part} is not contained in this
     */
    public Histogram minus(Histogram part) {
        if (!sameScaleAs(part)) {
            throw new IllegalArgumentException("Different scales: " + this + " and " + part);
        }
        long[] rest = counts.clone();
        for (int i = 0; i < rest.length; i++) {
            rest[i] -= part.counts[i];
            if (rest[i] < 0) {
                throw new IllegalArgumentException(part + " is not a part of " + this);
            }
        }
        return new Histogram(min, rest);
    }

    /** @return whether the other histogram has the same scale */
    public boolean sameScaleAs(Histogram other) {
        return min == other.min && counts.length == other.counts.length;
    }

    /** @return every scale value (zero counts included) to its count, in ascending order */
    public SortedMap<Integer, Long> distribution() {
        SortedMap<Integer, Long> map = new TreeMap<>();
        for (int i = 0; i < counts.length; i++) {
            map.put(min + i, counts[i]);
        }
        return Collections.unmodifiableSortedMap(map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram other && min == other.min && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * min + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Histogram[" + min + ".." + max() + " " + Arrays.toString(counts) + "]";
    }
}
