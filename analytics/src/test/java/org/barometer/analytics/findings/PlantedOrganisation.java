package org.barometer.analytics.findings;

import org.barometer.analytics.stats.CrossProducts;
import org.barometer.analytics.stats.Histogram;
import org.barometer.analytics.stats.Polarity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated organisation of 12 teams in 3 departments answering 6 questions over 5 quarterly
 * waves, with effects planted at a known size, or none: each answer is a person's latent level
 * (question mean + the planted change by then + noise of sd 0.9) rounded into 1–5. Every group
 * is shown (the disclosure gate is not under test here).
 */
final class PlantedOrganisation {

    static final List<FindingsInput.Question> QUESTIONS = List.of(
            question("stress", Polarity.NEGATIVE), question("clarity", Polarity.POSITIVE),
            question("interruptions", Polarity.NEGATIVE), question("autonomy", Polarity.POSITIVE),
            question("workload", Polarity.NEGATIVE), question("support", Polarity.POSITIVE));
    static final int WAVES = 5;
    static final String[] DEPARTMENTS = {"Engineering", "Sales", "Operations"};
    static final String[][] TEAMS = {{"Data", "Platform", "Mobile", "Web"}, {"North", "South", "Key accounts", "Inside"},
            {"Finance", "People", "Facilities", "Legal"}};
    private static final double[] BASE = {2.9, 3.4, 3.1, 3.6, 3.0, 3.5};

    /** A planted change per wave of one question in one team, or in every team of a department, or everywhere. */
    record Effect(String department, String team, String question, double perWave) {

        boolean covers(String dept, String t) {
            return (department == null || department.equals(dept)) && (team == null || team.equals(t));
        }
    }

    /** Stress rising in Data, workload rising in Engineering, clarity improving everywhere. */
    static final List<Effect> PLANTED = List.of(new Effect("Engineering", "Data", "stress", 0.30),
            new Effect("Engineering", null, "workload", 0.20), new Effect(null, null, "clarity", 0.15));

    private PlantedOrganisation() {
    }

    static FindingsInput generate(List<Effect> effects, long seed) {
        Random random = new Random(seed);
        Map<String, Integer> teamSize = new HashMap<>();
        for (String[] teams : TEAMS) {
            for (String team : teams) {
                teamSize.put(team, 14 + random.nextInt(16));
            }
        }
        Map<Map<String, String>, Map<String, String>> parents = new HashMap<>();
        for (int d = 0; d < DEPARTMENTS.length; d++) {
            for (String team : TEAMS[d]) {
                parents.put(Map.of("team", team), Map.of("department", DEPARTMENTS[d]));
            }
        }
        List<FindingsInput.Wave> waves = new ArrayList<>();
        Map<Map<String, String>, CrossProducts> sums = new HashMap<>();
        LocalDate first = LocalDate.of(2025, 1, 15);
        for (int w = 0; w < WAVES; w++) {
            Map<Map<String, String>, long[][]> counts = new LinkedHashMap<>();
            boolean last = w == WAVES - 1;
            for (int d = 0; d < DEPARTMENTS.length; d++) {
                for (String team : TEAMS[d]) {
                    for (int person = 0; person < teamSize.get(team); person++) {
                        if (random.nextDouble() >= 0.8) {
                            continue;
                        }
                        int[] answers = new int[QUESTIONS.size()];
                        for (int j = 0; j < answers.length; j++) {
                            double level = BASE[j] + planted(effects, DEPARTMENTS[d], team, QUESTIONS.get(j).key()) * w
                                    + 0.9 * random.nextGaussian();
                            answers[j] = (int) Math.max(1, Math.min(5, Math.round(level)));
                        }
                        for (Map<String, String> segment : List.of(Map.<String, String>of(), Map.of("department", DEPARTMENTS[d]), Map.of("team", team))) {
                            long[][] c = counts.computeIfAbsent(segment, s -> new long[QUESTIONS.size()][5]);
                            for (int j = 0; j < answers.length; j++) {
                                c[j][answers[j] - 1]++;
                            }
                            if (last) {
                                sums.merge(segment, CrossProducts.empty(answers.length).plus(answers), CrossProducts::plus);
                            }
                        }
                    }
                }
            }
            Map<Map<String, String>, Map<String, Histogram>> groups = new LinkedHashMap<>();
            counts.forEach((segment, c) -> {
                Map<String, Histogram> figures = new LinkedHashMap<>();
                for (int j = 0; j < QUESTIONS.size(); j++) {
                    figures.put(QUESTIONS.get(j).key(), Histogram.of(1, c[j]));
                }
                groups.put(segment, figures);
            });
            waves.add(new FindingsInput.Wave((2025 + w / 4) + "-Q" + (w % 4 + 1), first.plusMonths(3L * w), groups));
        }
        return new FindingsInput(QUESTIONS, waves, parents, sums, 5, FindingsInput.MINIMAL_DIFFERENCE);
    }

    /** The planted change per wave of a question for one team. */
    static double planted(List<Effect> effects, String department, String team, String question) {
        return effects.stream().filter(e -> e.question().equals(question) && e.covers(department, team)).mapToDouble(Effect::perWave).sum();
    }

    /** Whether a group's answers to a question truly move (some team in it has a planted change). */
    static boolean moves(List<Effect> effects, Map<String, String> segment, String question) {
        for (int d = 0; d < DEPARTMENTS.length; d++) {
            for (String team : TEAMS[d]) {
                boolean inside = segment.isEmpty() || DEPARTMENTS[d].equals(segment.get("department")) || team.equals(segment.get("team"));
                if (inside && planted(effects, DEPARTMENTS[d], team, question) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static FindingsInput.Question question(String key, Polarity polarity) {
        return new FindingsInput.Question(key, 1, 5, polarity, Map.of("en", key, "fr", key));
    }
}
