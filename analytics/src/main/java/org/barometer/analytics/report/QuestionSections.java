package org.barometer.analytics.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.barometer.analytics.chart.ChartSize;
import org.barometer.analytics.chart.DistributionChart;
import org.barometer.analytics.chart.TrendChart;
import org.barometer.analytics.report.ReportFigures.Movement;
import org.barometer.analytics.report.ReportInput.Group;
import org.barometer.analytics.report.ReportInput.Question;
import org.barometer.analytics.report.ReportInput.Wave;
import org.barometer.analytics.stats.CellStatistics;
import org.barometer.analytics.stats.Histogram;
import org.barometer.analytics.stats.Polarity;

/**
 * One section per question: its figures, the trend over the waves with the 95 % band (the
 * organisation and the groups that moved most), the distribution of answers, and the table of
 * the visible groups that moved most since the previous wave.
 */
final class QuestionSections {

    /** Groups drawn beside the organisation in the trend and distribution charts. */
    static final int GROUPS_DRAWN = 3;
    /** Rows of the table of groups that moved most. */
    static final int MOVERS_LISTED = 5;
    static final ChartSize TREND = new ChartSize(660, 300);

    private QuestionSections() {
    }

    static List<ReportView.QuestionSection> of(ReportFigures figures, Wording w, ChartObjects charts) {
        List<ReportView.QuestionSection> sections = new ArrayList<>();
        List<Question> questions = figures.input().questions();
        for (int i = 0; i < questions.size(); i++) {
            sections.add(section("q" + (i + 1), questions.get(i), figures, w, charts));
        }
        return sections;
    }

    private static ReportView.QuestionSection section(String anchor, Question q, ReportFigures figures, Wording w,
                                                      ChartObjects charts) {
        ReportInput input = figures.input();
        List<Movement> moved = figures.movements().stream()
                .filter(m -> m.group() != null && m.question().key().equals(q.key()))
                .sorted(Comparator.comparingDouble((Movement m) -> -Math.abs(m.after() - m.before()))
                        .thenComparing(Movement::group))
                .toList();
        List<String> drawn = moved.stream().limit(GROUPS_DRAWN).map(Movement::group).toList();
        List<ReportView.Mover> movers = moved.stream().limit(MOVERS_LISTED)
                .map(m -> new ReportView.Mover(m.group(), w.mean(m.before()), w.mean(m.after()),
                        w.signed(m.after() - m.before(), 1), w.verdict(m.change().verdict())))
                .toList();
        String withheld = input.current().organisation().withheld().get(q.key());
        String figuresText = withheld != null ? w.text("question.withheld." + withheld, input.threshold())
                : figures.statistics(input.current().organisation(), q).map(s -> figuresSentence(s, w))
                .orElse(w.text("question.hidden", input.threshold()));
        return new ReportView.QuestionSection(anchor, w.question(q), q.text(), figuresText,
                trend(q, drawn, figures, w, charts), distribution(q, drawn, input.current(), w, charts), movers);
    }

    private static String figuresSentence(CellStatistics s, Wording w) {
        String lo = s.ci95() == null ? "–" : w.mean(s.ci95().lo());
        String hi = s.ci95() == null ? "–" : w.mean(s.ci95().hi());
        return w.text("question.figures", w.mean(s.mean()), lo, hi, w.percent(s.favorable()), s.n());
    }

    private static ReportView.Figure trend(Question q, List<String> groups, ReportFigures figures, Wording w,
                                           ChartObjects charts) {
        List<Wave> waves = figures.input().waves();
        List<TrendChart.Series> series = new ArrayList<>();
        series.add(new TrendChart.Series(w.group(null), waves.stream()
                .map(wave -> point(wave.organisation(), q, figures)).toList()));
        for (String name : groups) {
            series.add(new TrendChart.Series(name, waves.stream()
                    .map(wave -> wave.groups().stream().filter(g -> g.name().equals(name)).findFirst()
                            .map(g -> point(g, q, figures)).orElse(TrendChart.Point.hidden()))
                    .toList()));
        }
        TrendChart.Data data = new TrendChart.Data(w.text("chart.trend.title", w.question(q)), q.min(), q.max(),
                waves.stream().map(Wave::label).toList(), series);
        return charts.add(TrendChart.of(data, w.texts()), TREND);
    }

    private static TrendChart.Point point(Group group, Question q, ReportFigures figures) {
        return figures.statistics(group, q)
                .map(s -> new TrendChart.Point(s.mean(), s.ci95() == null ? null : s.ci95().lo(),
                        s.ci95() == null ? null : s.ci95().hi()))
                .orElse(TrendChart.Point.hidden());
    }

    private static ReportView.Figure distribution(Question q, List<String> groups, Wave current, Wording w,
                                                  ChartObjects charts) {
        List<DistributionChart.Row> rows = new ArrayList<>();
        addRow(rows, w.group(null), current.organisation(), q);
        for (String name : groups) {
            current.groups().stream().filter(g -> g.name().equals(name)).findFirst().ifPresent(g -> addRow(rows, name, g, q));
        }
        if (rows.isEmpty()) {
            return null;
        }
        int points = q.max() - q.min() + 1;
        DistributionChart.Data data = new DistributionChart.Data(w.text("chart.distribution.title"),
                w.texts().levels(points), rows);
        return charts.add(DistributionChart.of(data, w.texts()), new ChartSize(660, 150 + 45 * rows.size()));
    }

    private static void addRow(List<DistributionChart.Row> rows, String label, Group group, Question q) {
        Histogram h = group.histogram(q.key());
        if (h == null || h.n() == 0) {
            return;
        }
        rows.add(new DistributionChart.Row(label, aligned(h, q.polarity())));
    }

    /** @return the counts least favourable first: reversed for a question where high is bad */
    static List<Long> aligned(Histogram h, Polarity polarity) {
        List<Long> counts = new ArrayList<>(h.distribution().values());
        if (polarity == Polarity.NEGATIVE) {
            java.util.Collections.reverse(counts);
        }
        return counts;
    }
}
