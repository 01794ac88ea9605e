package org.barometer.analytics.disclosure;

import org.barometer.analytics.stats.Histogram;
import org.barometer.analytics.stats.Polarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Small named factories of wave tables for the gate's tests. */
final class Tables {

    static final WaveTable.Item STRESS = new WaveTable.Item("stress", 1, 5, Polarity.NEGATIVE);
    static final WaveTable.Item CLARITY = new WaveTable.Item("clarity", 1, 5, Polarity.POSITIVE);

    private Tables() {
    }

    /** An atom with {@code responded} answers, stress spread over 2..4 and clarity over 3..5. */
    static WaveTable.Atom atom(String id, long invited, long responded, String... attributes) {
        Map<String, String> tuple = new LinkedHashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            tuple.put(attributes[i], attributes[i + 1]);
        }
        long[] stress = new long[5];
        long[] clarity = new long[5];
        for (long r = 0; r < responded; r++) {
            stress[(int) (1 + r % 3)]++;
            clarity[(int) (2 + r % 3)]++;
        }
        return new WaveTable.Atom(id, tuple, invited, responded,
                Map.of("stress", Histogram.of(1, stress), "clarity", Histogram.of(1, clarity)));
    }

    /** The same atom with every stress answer equal to {@code value}. */
    static WaveTable.Atom alike(WaveTable.Atom atom, int value) {
        long[] stress = new long[5];
        stress[value - 1] = atom.responded();
        Map<String, Histogram> answers = new HashMap<>(atom.answers());
        answers.put("stress", Histogram.of(1, stress));
        return new WaveTable.Atom(atom.id(), atom.tuple(), atom.invited(), atom.responded(), answers);
    }

    static WaveTable closed(int k, WaveTable.Atom... atoms) {
        return new WaveTable(k, 2 * k, List.of(STRESS, CLARITY), List.of(atoms), Map.of(), true);
    }

    /** Random organisations small enough for brute force: up to 11 atoms over team, department, location. */
    static WaveTable random(long seed) {
        Random random = new Random(seed);
        int k = 2 + random.nextInt(5);
        int atoms = 1 + random.nextInt(11);
        int departments = 1 + random.nextInt(3);
        int teams = departments + random.nextInt(5);
        int locations = 1 + random.nextInt(3);
        List<WaveTable.Atom> list = new ArrayList<>();
        for (int a = 0; a < atoms; a++) {
            int team = random.nextInt(teams);
            List<String> attributes = new ArrayList<>();
            if (random.nextInt(8) > 0) {
                attributes.add("team");
                attributes.add("T" + team);
            }
            if (random.nextInt(8) > 0) {
                attributes.add("department");
                attributes.add("D" + team % departments);
            }
            if (random.nextInt(5) > 0) {
                attributes.add("location");
                attributes.add("L" + random.nextInt(locations));
            }
            long invited = k + random.nextInt(3 * k);
            long responded = random.nextInt(4) == 0 ? random.nextInt(k) : random.nextInt((int) invited + 1);
            WaveTable.Atom atom = atom("a" + a, invited, responded, attributes.toArray(String[]::new));
            if (random.nextInt(4) == 0 && responded > 0) {
                atom = alike(atom, 1 + random.nextInt(5));
            }
            list.add(atom);
        }
        Map<String, Map<String, Long>> segments = new HashMap<>();
        if (random.nextBoolean()) {
            segments.put("team", Map.of("Folded", (long) random.nextInt(2 * k)));
        }
        return new WaveTable(k, k + random.nextInt(k + 1), List.of(STRESS, CLARITY), list, segments, random.nextInt(5) > 0);
    }
}
