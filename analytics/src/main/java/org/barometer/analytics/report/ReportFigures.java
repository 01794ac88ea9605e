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
import org.barometer.analytics.stats.Histogram;
import org.barometer.analytics.stats.WellBeingIndex;

/**
 * The descriptive figures of a report, all from the analytics classes: each visible cell's
 * statistics, the well-being index, and each group's mean in the previous and the reported wave.
 * Whether a change is clear is not decided here: the findings of {@link ReportInput#conclusions()}
 * say so, once for the whole wave.
 */
final class ReportFigures {

    /**
     * One cell's mean in the previous and in the reported wave, both visible.
     *
     * @param group the group, or {@code null} for the whole organisation
     */
    record Movement(String group, Question question, double before, double after) {

        double change() {
            return after - before;
        }
    }

    private final ReportInput input;
    private final List<Movement> movements;

    private ReportFigures(ReportInput input, List<Movement> movements) {
        this.input = input;
        this.movements = List.copyOf(movements);
    }

    static ReportFigures of(ReportInput input) {
        Wave before = input.previous();
        List<Movement> movements = new ArrayList<>();
        if (before != null) {
            Map<String, Group> earlier = new LinkedHashMap<>();
            before.groups().forEach(g -> earlier.put(g.name(), g));
            add(movements, null, before.organisation(), input.current().organisation(), input);
            input.current().groups().stream().filter(g -> earlier.containsKey(g.name()))
                    .forEach(g -> add(movements, g.name(), earlier.get(g.name()), g, input));
        }
        return new ReportFigures(input, movements);
    }

    /** Adds one group's movements: each question visible, with answers, on the same scale in both waves. */
    private static void add(List<Movement> movements, String group, Group then, Group now, ReportInput input) {
        for (Question q : input.questions()) {
            Histogram x = then.histogram(q.key());
            Histogram y = now.histogram(q.key());
            if (x != null && y != null && x.n() > 0 && y.n() > 0 && x.sameScaleAs(y)) {
                movements.add(new Movement(group, q, mean(x, q), mean(y, q)));
            }
        }
    }

    ReportInput input() {
        return input;
    }

    /** @return every cell visible in both waves, organisation first */
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
