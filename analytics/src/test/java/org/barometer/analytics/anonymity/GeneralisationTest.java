package org.barometer.analytics.anonymity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneralisationTest {

    private static Map<String, String> person(String team, String department, String location) {
        Map<String, String> tuple = new HashMap<>();
        if (team != null) {
            tuple.put("team", team);
        }
        if (department != null) {
            tuple.put("department", department);
        }
        if (location != null) {
            tuple.put("location", location);
        }
        return tuple;
    }

    @Test
    void tuplesSharedByKOrMoreAreKeptWhole() {
        Map<Map<String, String>, Long> people = Map.of(
                person("Data", "Eng", "Paris"), 12L, person("Infra", "Eng", "Lyon"), 5L, person("Sales", "Com", "Paris"), 9L);

        Generalisation g = Generalisation.of(5, people);

        people.keySet().forEach(full -> assertEquals(full, g.storedTuple(full)));
        assertEquals(3, g.classes().size());
    }

    @Test
    void aTeamOfThreeIsStoredWithoutItsTeamAlongsideTheClosestSmallGroup() {
        // Operations: Support 6, Legal 5, Tiny 3 and one person with no team; Sales 8 elsewhere.
        Map<Map<String, String>, Long> people = Map.of(
                person("Sales", "Commercial", null), 8L, person("Support", "Operations", null), 6L,
                person("Legal", "Operations", null), 5L, person("Tiny", "Operations", null), 3L,
                person(null, "Operations", null), 1L);

        Generalisation g = Generalisation.of(5, people);

        // Tiny's value is held by 3 < 5 people: dropped at once, so Tiny joins the teamless person
        // (4 people, "Operations"); the cheapest partner is then Legal (5 people × 1 attribute).
        assertEquals(Map.of("department", "Operations"), g.storedTuple(person("Tiny", "Operations", null)));
        assertEquals(Map.of("department", "Operations"), g.storedTuple(person(null, "Operations", null)));
        assertEquals(Map.of("department", "Operations"), g.storedTuple(person("Legal", "Operations", null)));
        assertEquals(person("Support", "Operations", null), g.storedTuple(person("Support", "Operations", null)));
        assertEquals(person("Sales", "Commercial", null), g.storedTuple(person("Sales", "Commercial", null)));
        assertEquals(9L, g.classes().get(Map.of("department", "Operations")));
    }

    @Test
    void theOnePersonOfATeamInAnotherCityLosesTheTeamNotTheCity() {
        // Data: 20 in Paris, 1 in Lyon; Engineering also has 6 people without a team in Lyon.
        Map<Map<String, String>, Long> people = Map.of(
                person("Data", "Eng", "Paris"), 20L, person("Data", "Eng", "Lyon"), 1L, person(null, "Eng", "Lyon"), 6L);

        Generalisation g = Generalisation.of(5, people);

        assertEquals(person(null, "Eng", "Lyon"), g.storedTuple(person("Data", "Eng", "Lyon")));
        assertEquals(person("Data", "Eng", "Paris"), g.storedTuple(person("Data", "Eng", "Paris")));
    }

    @Test
    void aUniqueValueOfAnyImportedColumnIsNeverStored() {
        Map<Map<String, String>, Long> people = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            people.put(Map.of("team", "T" + (i % 3), "manager", "M" + i), 1L);
        }

        Generalisation g = Generalisation.of(5, people);

        g.classes().keySet().forEach(tuple -> assertTrue(!tuple.containsKey("manager"), tuple.toString()));
        assertEquals(3, g.classes().size(), "each team of 10 keeps its team");
    }

    @Test
    void aWaveSmallerThanKStoresNoAttributeAtAll() {
        Generalisation g = Generalisation.of(5, Map.of(person("A", "X", "Paris"), 2L, person("B", "X", "Lyon"), 2L));

        assertEquals(Map.of(), g.storedTuple(person("A", "X", "Paris")));
        assertEquals(Map.of(Map.of(), 4L), g.classes());
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Generalisation.of(0, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Generalisation.of(5, Map.of(Map.of(), 0L)));
        Generalisation g = Generalisation.of(2, Map.of(person("A", null, null), 3L));
        assertThrows(IllegalArgumentException.class, () -> g.storedTuple(person("B", null, null)));
    }

    static Stream<Object[]> populations() {
        return IntStream.range(0, 200).mapToObj(seed -> {
            Random random = new Random(seed);
            int k = 2 + random.nextInt(9);
            return new Object[] {seed, k, population(random)};
        });
    }

    /** Random organisations: nested teams in departments, locations crossing them, optional extra columns, gaps. */
    static Map<Map<String, String>, Long> population(Random random) {
        int departments = 1 + random.nextInt(5);
        int teams = departments + random.nextInt(25);
        int locations = 1 + random.nextInt(4);
        int people = 1 + random.nextInt(400);
        boolean grade = random.nextBoolean();
        Map<Map<String, String>, Long> population = new LinkedHashMap<>();
        for (int p = 0; p < people; p++) {
            Map<String, String> tuple = new LinkedHashMap<>();
            int team = (int) Math.min(teams - 1, Math.abs(random.nextGaussian()) * teams / 2);
            if (random.nextInt(20) > 0) {
                tuple.put("team", "T" + team);
            }
            if (random.nextInt(30) > 0) {
                tuple.put("department", "D" + team % departments);
            }
            if (random.nextInt(10) > 0) {
                tuple.put("location", "L" + (random.nextInt(5) == 0 ? random.nextInt(locations) : team % locations));
            }
            if (grade) {
                tuple.put("grade", "G" + random.nextInt(1 + random.nextInt(12)));
            }
            population.merge(tuple, 1L, Long::sum);
        }
        return population;
    }

    @ParameterizedTest(name = "seed {0}, k {1}")
    @MethodSource("populations")
    void everyStoredTupleIsSharedByKInviteesAndOnlyDropsAttributes(int seed, int k, Map<Map<String, String>, Long> people) {
        Generalisation g = Generalisation.of(k, people);

        long total = people.values().stream().mapToLong(Long::longValue).sum();
        Map<Map<String, String>, Long> recount = new HashMap<>();
        people.forEach((full, n) -> {
            Map<String, String> stored = g.storedTuple(full);
            assertTrue(full.entrySet().containsAll(stored.entrySet()), full + " stored as " + stored);
            recount.merge(stored, n, Long::sum);
        });
        assertEquals(recount, g.classes(), "classes are exactly the people stored with each tuple");
        if (total >= k) {
            g.classes().forEach((tuple, n) -> assertTrue(n >= k, tuple + " is shared by " + n + " < " + k));
        } else {
            assertEquals(Map.of(Map.of(), total), g.classes());
        }
        assertEquals(g.classes(), Generalisation.of(k, new HashMap<>(people)).classes(), "deterministic");
    }

    @ParameterizedTest(name = "seed {0}, k {1}")
    @MethodSource("populations")
    void aNewcomerIsPlacedInATupleTheyMatchOrOneWidenedToMatchThem(int seed, int k, Map<Map<String, String>, Long> people) {
        Generalisation g = Generalisation.of(k, people);
        Random random = new Random(seed);
        Map<String, String> newcomer = Map.of("team", "T" + random.nextInt(40), "location", "L" + random.nextInt(6));

        var placed = Generalisation.placement(newcomer, g.classes().keySet());
        if (placed.isPresent()) {
            assertTrue(newcomer.entrySet().containsAll(placed.get().entrySet()));
            g.classes().keySet().stream().filter(t -> newcomer.entrySet().containsAll(t.entrySet()))
                    .forEach(t -> assertTrue(t.size() <= placed.get().size(), "the most specific match is chosen"));
        } else {
            var widened = Generalisation.widening(newcomer, g.classes().keySet()).orElseThrow();
            assertTrue(g.classes().containsKey(widened.getKey()));
            assertTrue(widened.getKey().entrySet().containsAll(widened.getValue().entrySet()), "only drops attributes");
            assertTrue(newcomer.entrySet().containsAll(widened.getValue().entrySet()), "then matches the newcomer");
        }
    }

    @Test
    void aLargeOrganisationWithAColumnOfUniqueValuesIsGeneralisedWhole() {
        Map<Map<String, String>, Long> people = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            int team = random.nextInt(400);
            people.merge(Map.of("team", "T" + team, "department", "D" + team / 20, "location", "L" + random.nextInt(3),
                    "employee-number", "E" + i), 1L, Long::sum);
        }

        Generalisation g = Generalisation.of(5, people);

        g.classes().forEach((tuple, n) -> assertTrue(n >= 5));
        assertEquals(100_000L, g.classes().values().stream().mapToLong(Long::longValue).sum());
        assertTrue(g.classes().keySet().stream().noneMatch(t -> t.containsKey("employee-number")));
        List<Long> sizes = g.classes().values().stream().toList();
        assertTrue(sizes.size() > 400, "most team × location tuples (about 83 people each) are kept: " + sizes.size());
    }
}
