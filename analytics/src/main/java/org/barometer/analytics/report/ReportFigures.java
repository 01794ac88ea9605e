package org.barometer.analytics.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.analytics.report.ReportInput.Group;
import org.barometer.analytics.report.ReportInput.Question;
import org.barometer.analytics.report.ReportInput.Wave;
import org.barometer.analytics.stats.CellStatistics;
import org.barometer.analytics.stats.Change;
import org.barometer.analytics.stats.ChangeSet;
import org.barometer.analytics.stats.Comparison;
import org.barometer.analytics.stats.Histogram;
import org.barometer.analytics.stats.WellBeingIndex;

/**
 * The statistics of a report, all from the analytics classes: cell figures, the well-being index,
 * and the changes since the previous wave. Every change shown in the report (organisation and
 * groups, all questions) is one Benjamini–Hochberg family, as {@link ChangeSet} asks.
 */
final class ReportFigures {

    /**
     * One cell compared between the previous and the reported wave.
     *
     * @param group the group, or {@code null} for the whole organisation
     */
    record Movement(String group, Question question, double before, double after, Change change) {
    }

    private final ReportInput input;
    private final List<Movement> movements;

    private ReportFigures(ReportInput input, List<Movement> movements) {
        this.input = input;
        this.movements = List.copyOf(movements);
    }

    static ReportFigures of(ReportInput input) {
        Wave before = input.previous();
        if (before == null) {
            return new ReportFigures(input, List.of());
        }
        Wave after = input.current();
        List<String> names = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        List<Histogram[]> pairs = new ArrayList<>();
        Map<String, Group> earlier = new LinkedHashMap<>();
        before.groups().forEach(g -> earlier.put(g.name(), g));
        List<Group[]> compared = new ArrayList<>();
        compared.add(new Group[] {before.organisation(), after.organisation()});
        after.groups().forEach(g -> {
            if (earlier.containsKey(g.name())) {
                compared.add(new Group[] {earlier.get(g.name()), g});
            }
        });
        for (int c = 0; c < compared.size(); c++) {
            for (Question q : input.questions()) {
                Histogram x = compared.get(c)[0].histogram(q.key());
                Histogram y = compared.get(c)[1].histogram(q.key());
                if (x != null && y != null && x.n() > 0 && y.n() > 0 && x.sameScaleAs(y)) {
                    names.add(c == 0 ? null : compared.get(c)[1].name());
                    questions.add(q);
                    pairs.add(new Histogram[] {x, y});
                }
            }
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            comparisons.add(Comparison.of(pairs.get(i)[0], pairs.get(i)[1], questions.get(i).polarity()));
        }
        List<Change> changes = ChangeSet.of(comparisons).changes();
        List<Movement> movements = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            movements.add(new Movement(names.get(i), questions.get(i), mean(pairs.get(i)[0], questions.get(i)),
                    mean(pairs.get(i)[1], questions.get(i)), changes.get(i)));
        }
        return new ReportFigures(input, movements);
    }

    ReportInput input() {
        return input;
    }

    /** @return every change of the family, organisation first */
    List<Movement> movements() {
        return movements;
    }

    /** @return the change of one group ({@code null}: the organisation) on one question, if compared */
    Optional<Movement> movement(String group, String question) {
        return movements.stream().filter(m -> java.util.Objects.equals(m.group(), group)
                && m.question().key().equals(question)).findFirst();
    }

    /** @return the figures of a visible group's answers to a question, or empty */
    Optional<CellStatistics> statistics(Group group, Question question) {
        Histogram h = group.histogram(question.key());
        if (h == null || h.n() == 0) {
            return Optional.empty();
        }
        // The same finite-population correction as the dashboard, so both show the same interval.
        return Optional.of(group.invited() >= h.n()
                ? CellStatistics.of(h, question.polarity(), group.invited())
                : CellStatistics.of(h, question.polarity()));
    }

    /** @return the group's well-being index, or {@code null} when hidden or without answers */
    Double index(Group group) {
        if (group.hidden()) {
            return null;
        }
        List<WellBeingIndex.Item> items = new ArrayList<>();
        for (Question q : input.questions()) {
            Histogram h = group.histogram(q.key());
            if (h != null) {
                items.add(new WellBeingIndex.Item(h, q.polarity()));
            }
        }
        return WellBeingIndex.of(items).value();
    }

    /** @return the question's 0–100 aligned score of a visible cell, or {@code null} */
    static Double score(Group group, Question question) {
        Histogram h = group.histogram(question.key());
        return h == null || h.n() == 0 ? null : WellBeingIndex.score(h, question.polarity());
    }

    private static double mean(Histogram h, Question q) {
        return CellStatistics.of(h, q.polarity()).mean();
    }
}
