package org.barometer.analytics.anonymity;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Random cases for property tests, the same on every run: case {@code i} is generated from
 * {@code new Random(seed)}, with the {@code i}-th seed of a {@code Random(FIRST_SEED)}. A failure
 * names the seed and the case; {@code -Dproperties.seed=<seed>} (e.g. {@code ./mvnw -pl analytics
 * test -Dtest=SuppressionPropertiesTest -Dproperties.seed=<seed>}) checks only that case.
 *
 * <p>The generators lean to the values where the anonymity rules turn: about a third of the
 * counts are 0, 1, {@code k − 1}, {@code k}, {@code k + 1} or the maximum, some lists repeat one
 * such value, and a quarter of the sizes are the smallest or largest allowed.
 */
final class RandomCases {

    /** Cases checked per property. */
    static final int CASES = 2_000;

    private static final long FIRST_SEED = 0x5EED_2026L;
    private static final String REPLAY_PROPERTY = "properties.seed";

    private RandomCases() {
    }

    /**
     * Checks {@code property} on {@link #CASES} cases made by {@code generator}.
     *
     * @throws AssertionError naming the seed and the case of the first failure
     */
    static <T> void check(Function<Random, T> generator, Consumer<T> property) {
        Long replay = Long.getLong(REPLAY_PROPERTY);
        if (replay != null) {
            checkOne(replay, generator, property);
            return;
        }
        Random seeds = new Random(FIRST_SEED);
        for (int i = 0; i < CASES; i++) {
            checkOne(seeds.nextLong(), generator, property);
        }
    }

    private static <T> void checkOne(long seed, Function<Random, T> generator, Consumer<T> property) {
        T example = generator.apply(new Random(seed));
        try {
            property.accept(example);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("Fails for seed " + seed + " (-D" + REPLAY_PROPERTY + "=" + seed + "), case "
                    + example + ": " + e.getMessage(), e);
        }
    }

    /** @return a uniform int in {@code min..max} */
    static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** @return a list size in {@code min..max}: a quarter each the extremes, half uniform */
    static int size(Random random, int min, int max) {
        return switch (random.nextInt(4)) {
            case 0 -> min;
            case 1 -> max;
            default -> between(random, min, max);
        };
    }

    /**
     * @return a count in {@code 0..max}; one in three is an edge value: 0, 1, {@code k − 1},
     *         {@code k}, {@code k + 1} or {@code max} (capped at {@code max})
     */
    static long count(Random random, int max, int k) {
        if (random.nextInt(3) == 0) {
            return edge(random, max, k);
        }
        return random.nextInt(max + 1);
    }

    /**
     * @return {@code size} counts in {@code 0..max}: one list in eight repeats a single edge value
     *         (all zeros, all {@code k − 1}, ...), the others are drawn by {@link #count}
     */
    static List<Long> counts(Random random, int size, int max, int k) {
        List<Long> counts = new ArrayList<>();
        long repeated = random.nextInt(8) == 0 ? edge(random, max, k) : -1;
        for (int i = 0; i < size; i++) {
            counts.add(repeated >= 0 ? repeated : count(random, max, k));
        }
        return counts;
    }

    /** @return {@code (responded + silent, responded)}, each drawn by {@link #count} */
    static Participation participation(Random random, int maxResponded, int maxSilent, int k) {
        long responded = count(random, maxResponded, k);
        return new Participation(responded + count(random, maxSilent, k), responded);
    }

    private static long edge(Random random, int max, int k) {
        long[] edges = {0, 1, k - 1, k, k + 1, max};
        return Math.min(edges[random.nextInt(edges.length)], max);
    }
}
