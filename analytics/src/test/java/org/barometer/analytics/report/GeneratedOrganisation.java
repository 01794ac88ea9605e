package org.barometer.analytics.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.barometer.analytics.findings.Findings;
import org.barometer.analytics.findings.FindingsInput;
import org.barometer.analytics.report.ReportInput.Group;
import org.barometer.analytics.stats.CrossProducts;
import org.barometer.analytics.stats.Histogram;
import org.barometer.analytics.stats.Polarity;

/**
 * A generated organisation for the report: {@code teams} teams in departments of four, six
 * questions, five quarterly waves, with stress rising in the first team, workload rising in the
 * first department and clarity improving everywhere. Each answer is a person's latent level
 * (question mean + the planted change by then + noise of sd 0.9) rounded into 1–5. The last two
 * teams have three people each, so they are hidden, as the gate would hide them; the report's input
 * and the findings' input are built from the same answers, and the findings by
 * {@link Findings#of}, as the service hands them over.
 */
final class GeneratedOrganisation {

    private static final String[] KEYS = {"stress", "clarity", "interruptions", "autonomy", "workload", "support"};
    private static final Polarity[] POLARITY = {Polarity.NEGATIVE, Polarity.POSITIVE, Polarity.NEGATIVE,
            Polarity.POSITIVE, Polarity.NEGATIVE, Polarity.POSITIVE};
    private static final double[] BASE = {2.9, 3.4, 3.1, 3.6, 3.0, 3.5};
    private static final int WAVES = 5;
    private static final int K = 5;

    private GeneratedOrganisation() {
    }

    static ReportInput of(int teams, String lang, long seed) {
        Random random = new Random(seed);
        int[] size = new int[teams];
        for (int t = 0; t < teams; t++) {
            size[t] = t >= teams - 2 ? 3 : 10 + random.nextInt(20);
        }
        List<ReportInput.Wave> shown = new ArrayList<>();
        List<FindingsInput.Wave> tested = new ArrayList<>();
        Map<Map<String, String>, CrossProducts> sums = new HashMap<>();
        for (int w = 0; w < WAVES; w++) {
            Map<Map<String, String>, long[][]> counts = new LinkedHashMap<>();
            long[] invited = new long[teams];
            long[] responded = new long[teams];
            for (int t = 0; t < teams; t++) {
                for (int person = 0; person < size[t]; person++) {
                    invited[t]++;
                    if (random.nextDouble() >= 0.8 && size[t] > 3) {
                        continue;
                    }
                    responded[t]++;
                    int[] answers = answers(t, w, random);
                    for (Map<String, String> segment : List.of(Map.<String, String>of(), department(t), team(t))) {
                        long[][] c = counts.computeIfAbsent(segment, s -> new long[KEYS.length][5]);
                        for (int j = 0; j < KEYS.length; j++) {
                            c[j][answers[j] - 1]++;
                        }
                        if (w == WAVES - 1 && (segment.isEmpty() || t < teams - 2)) {
                            sums.merge(segment, CrossProducts.empty(KEYS.length).plus(answers), CrossProducts::plus);
                        }
                    }
                }
            }
            String label = (2025 + w / 4) + "-Q" + (w % 4 + 1);
            shown.add(reportWave(label, teams, counts, invited, responded));
            tested.add(findingsWave(label, LocalDate.of(2025, 1, 15).plusMonths(3L * w), teams, counts));
        }
        Map<Map<String, String>, Map<String, String>> parents = new HashMap<>();
        for (int t = 0; t < teams - 2; t++) {
            parents.put(team(t), department(t));
        }
        List<FindingsInput.Question> questions = new ArrayList<>();
        List<ReportInput.Question> asked = new ArrayList<>();
        for (int j = 0; j < KEYS.length; j++) {
            questions.add(new FindingsInput.Question(KEYS[j], 1, 5, POLARITY[j], Map.of("en", KEYS[j], "fr", KEYS[j])));
            asked.add(new ReportInput.Question(KEYS[j], ("fr".equals(lang) ? "Question sur " : "Question about ") + KEYS[j],
                    1, 5, POLARITY[j]));
        }
        FindingsInput input = new FindingsInput(questions, tested, parents, sums, K, FindingsInput.MINIMAL_DIFFERENCE);
        return new ReportInput("Generated " + teams, LocalDate.of(2026, 4, 20), "team", K, asked, shown, List.of(),
                ReportInput.Conclusions.of(input, Findings.of(input)));
    }

    private static int[] answers(int team, int wave, Random random) {
        int[] answers = new int[KEYS.length];
        for (int j = 0; j < KEYS.length; j++) {
            double planted = (team == 0 && j == 0 ? 0.35 : 0) + (team < 4 && j == 4 ? 0.2 : 0) + (j == 1 ? 0.15 : 0);
            double level = BASE[j] + planted * wave + 0.9 * random.nextGaussian();
            answers[j] = (int) Math.max(1, Math.min(5, Math.round(level)));
        }
        return answers;
    }

    private static ReportInput.Wave reportWave(String label, int teams, Map<Map<String, String>, long[][]> counts,
                                               long[] invited, long[] responded) {
        List<Group> groups = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            groups.add(t >= teams - 2 ? Group.hidden(name(t))
                    : new Group(name(t), false, invited[t], responded[t], histograms(counts.get(team(t)))));
        }
        Group organisation = new Group("", false, java.util.Arrays.stream(invited).sum(),
                java.util.Arrays.stream(responded).sum(), histograms(counts.get(Map.of())));
        return new ReportInput.Wave(label, organisation, groups);
    }

    private static FindingsInput.Wave findingsWave(String label, LocalDate opened, int teams,
                                                   Map<Map<String, String>, long[][]> counts) {
        Map<Map<String, String>, Map<String, Histogram>> groups = new LinkedHashMap<>();
        counts.forEach((segment, c) -> {
            if (!segment.containsKey("team") || !hidden(segment, teams)) {
                groups.put(segment, histograms(c));
            }
        });
        return new FindingsInput.Wave(label, opened, groups);
    }

    private static boolean hidden(Map<String, String> segment, int teams) {
        return segment.equals(team(teams - 1)) || segment.equals(team(teams - 2));
    }

    private static Map<String, Histogram> histograms(long[][] c) {
        Map<String, Histogram> figures = new LinkedHashMap<>();
        for (int j = 0; j < KEYS.length; j++) {
            figures.put(KEYS[j], Histogram.of(1, c[j]));
        }
        return figures;
    }

    static String name(int team) {
        return "Team " + (team + 1);
    }

    private static Map<String, String> team(int t) {
        return Map.of("team", name(t));
    }

    private static Map<String, String> department(int t) {
        return Map.of("department", "Department " + (t / 4 + 1));
    }
}
