package org.barometer.analytics.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.analytics.findings.Findings;
import org.barometer.analytics.findings.FindingsInput;
import org.barometer.analytics.report.ReportInput.Group;
import org.barometer.analytics.report.ReportInput.Question;
import org.barometer.analytics.report.ReportInput.Wave;
import org.barometer.analytics.stats.Histogram;
import org.barometer.analytics.stats.Polarity;

/** Report inputs built by name: figures as the service would hand them over, hidden groups by name only. */
final class SampleReports {

    static final List<Question> QUESTIONS = List.of(
            new Question("stress", "Comment évaluez-vous votre niveau de stress au travail ?", 1, 5, Polarity.NEGATIVE),
            new Question("clarity", "Vos priorités sont-elles claires ?", 1, 5, Polarity.POSITIVE),
            new Question("autonomy", "Avez-vous de l’autonomie ?", 1, 5, Polarity.POSITIVE));

    /** What each question measures, in a few words, as the question sets name it. */
    static final Map<String, Map<String, String>> LABELS = Map.of(
            "stress", Map.of("fr", "le stress", "en", "stress"),
            "clarity", Map.of("fr", "la clarté des priorités", "en", "clarity of priorities"),
            "autonomy", Map.of("fr", "l’autonomie", "en", "autonomy"));

    private SampleReports() {
    }

    /**
     * Two waves. Ventes (20 people) gets much more stressed and less clear; Support (12) stays put;
     * Tiny is hidden in both waves. With the findings {@link Findings#of} draws from these figures.
     */
    static ReportInput twoWaves() {
        return found(withoutFindings());
    }

    /** The same two waves, handed over without findings (the service before it computes them). */
    static ReportInput withoutFindings() {
        Wave before = new Wave("2026-T1", group("Organisation", 40, 3, 3, 3), List.of(
                group("Ventes", 20, 2, 4, 3), group("Support", 12, 3, 3, 4), Group.hidden("Tiny")));
        Wave now = new Wave("2026-T2", group("Organisation", 40, 4, 2, 3), List.of(
                group("Ventes", 20, 5, 2, 3), group("Support", 12, 3, 3, 4), Group.hidden("Tiny")));
        return new ReportInput("Société Exemple", LocalDate.of(2026, 7, 1), "team", 5, QUESTIONS,
                List.of(before, now), List.of(), ReportInput.Conclusions.NONE);
    }

    /** A single wave: no change can be measured. */
    static ReportInput firstWave() {
        return found(firstWaveWithoutFindings());
    }

    private static ReportInput firstWaveWithoutFindings() {
        Wave now = new Wave("2026-T1", group("Organisation", 40, 3, 3, 3), List.of(
                group("Ventes", 20, 2, 4, 3), Group.hidden("Tiny")));
        return new ReportInput("", LocalDate.of(2026, 4, 1), "team", 5, QUESTIONS, List.of(now), List.of(), ReportInput.Conclusions.NONE);
    }

    /** A wave with fewer than k answers in all: everything hidden, the organisation included. */
    static ReportInput tooFewAnswers() {
        Wave now = new Wave("2026-T1", Group.hidden(""), List.of(Group.hidden("Ventes"), Group.hidden("Tiny")));
        return new ReportInput("", LocalDate.of(2026, 4, 1), "team", 5, QUESTIONS, List.of(now), List.of(), ReportInput.Conclusions.NONE);
    }

    /**
     * The input with the findings of its own figures, as the service would compute them from the
     * same published cells: the organisation and each visible group, no departments, no drivers.
     */
    static ReportInput found(ReportInput input) {
        List<FindingsInput.Question> questions = input.questions().stream()
                .map(q -> new FindingsInput.Question(q.key(), q.min(), q.max(), q.polarity(), LABELS.get(q.key()))).toList();
        List<FindingsInput.Wave> waves = new ArrayList<>();
        for (Wave wave : input.waves()) {
            Map<Map<String, String>, Map<String, Histogram>> groups = new LinkedHashMap<>();
            if (!wave.organisation().hidden()) {
                groups.put(Map.of(), wave.organisation().answers());
            }
            wave.groups().stream().filter(g -> !g.hidden()).forEach(g -> groups.put(Map.of(input.by(), g.name()), g.answers()));
            waves.add(new FindingsInput.Wave(wave.label(), null, groups));
        }
        FindingsInput tested = new FindingsInput(questions, waves, Map.of(), Map.of(), input.threshold(),
                FindingsInput.MINIMAL_DIFFERENCE);
        return new ReportInput(input.organisation(), input.date(), input.by(), input.threshold(), input.questions(),
                input.waves(), input.comments(), ReportInput.Conclusions.of(tested, Findings.of(tested)));
    }

    /** {@code n} people, answers spread around the given centre of each question (stress, clarity, autonomy). */
    static Group group(String name, int n, int... centres) {
        Map<String, Histogram> answers = new LinkedHashMap<>();
        for (int q = 0; q < QUESTIONS.size(); q++) {
            answers.put(QUESTIONS.get(q).key(), around(centres[q], n));
        }
        return new Group(name, false, n + 2, n, answers);
    }

    /** Half at the centre, a quarter one below, a quarter one above (clamped to the scale). */
    static Histogram around(int centre, int n) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int offset = i % 4 == 1 ? -1 : i % 4 == 3 ? 1 : 0;
            values.add(Math.max(1, Math.min(5, centre + offset)));
        }
        return Histogram.ofValues(1, 5, values.stream().mapToInt(Integer::intValue).toArray());
    }
}
