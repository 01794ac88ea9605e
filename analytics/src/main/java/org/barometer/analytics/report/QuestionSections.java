package org.barometer.analytics.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.barometer.analytics.chart.ChartSize;
import org.barometer.analytics.chart.TrendChart;
import org.barometer.analytics.report.ReportFigures.Movement;
import org.barometer.analytics.report.ReportInput.Group;
import org.barometer.analytics.report.ReportInput.Question;
import org.barometer.analytics.report.ReportInput.Wave;
import org.barometer.analytics.stats.CellStatistics;

/**
 * One compact section per question, half a page: its figures on their scale, the trend over the
 * waves with the 95 % band (the organisation and the groups that moved, those the findings name
 * first), the findings' sentences about what moved, and a short table of the groups that moved
 * most since the previous wave, each marked when a finding says it moved clearly.
 */
final class QuestionSections {

    /** Groups drawn beside the organisation in the trend chart. */
    static final int GROUPS_DRAWN = 3;
    /** Groups listed below the organisation in the table. */
    static final int MOVERS_LISTED = 4;
    /** Findings' sentences under the chart; the summary ranks every question's together. */
    static final int MOVED_SAID = 3;
    /** Laid out at this size and drawn at {@link #TREND_SCALE} of it, beside the table. */
    static final ChartSize TREND = new ChartSize(460, 250);
    static final double TREND_SCALE = 0.8;

    private QuestionSections() {
    }

    static List<ReportView.QuestionSection> of(ReportFigures figures, ReportFindings findings, Wording w,
                                               ChartObjects charts) {
        List<ReportView.QuestionSection> sections = new ArrayList<>();
        List<Question> questions = figures.input().questions();
        for (int i = 0; i < questions.size(); i++) {
            sections.add(section("q" + (i + 1), questions.get(i), figures, findings, w, charts));
        }
        return sections;
    }

    private static ReportView.QuestionSection section(String anchor, Question q, ReportFigures figures,
                                                      ReportFindings findings, Wording w, ChartObjects charts) {
        ReportInput input = figures.input();
        List<Movement> moved = figures.movements().stream()
                .filter(m -> m.group() != null && m.question().key().equals(q.key()))
                .sorted(Comparator.comparingDouble((Movement m) -> -Math.abs(m.change())).thenComparing(Movement::group))
                .toList();
        List<ReportView.Mover> movers = new ArrayList<>();
        figures.movement(null, q.key()).ifPresent(m -> movers.add(mover(m, findings, w)));
        moved.stream().limit(MOVERS_LISTED).forEach(m -> movers.add(mover(m, findings, w)));
        String withheld = input.current().organisation().withheld().get(q.key());
        String figuresText = withheld != null ? w.text("question.withheld." + withheld, input.threshold())
                : figures.statistics(input.current().organisation(), q).map(s -> figuresSentence(q, s, w))
                .orElse(w.text("question.hidden", input.threshold()));
        return new ReportView.QuestionSection(anchor, w.question(q), q.text(), figuresText,
                trend(q, drawn(q, moved, findings), figures, w, charts), findings.movedOn(q.key(), MOVED_SAID),
                w.text("movers.means", w.scale(q)), movers);
    }

    /** The groups the findings say moved on the question first, then those that moved most. */
    private static List<String> drawn(Question q, List<Movement> moved, ReportFindings findings) {
        Set<String> drawn = new LinkedHashSet<>();
        moved.stream().filter(m -> findings.overTime(m.group(), q.key()).isPresent()).forEach(m -> drawn.add(m.group()));
        moved.forEach(m -> drawn.add(m.group()));
        return drawn.stream().limit(GROUPS_DRAWN).toList();
    }

    private static ReportView.Mover mover(Movement m, ReportFindings findings, Wording w) {
        String finding = findings.overTime(m.group(), m.question().key())
                .map(f -> w.text(f.better() ? "movers.better" : "movers.worse")).orElse("");
        return new ReportView.Mover(w.group(m.group()), w.mean(m.before()), w.mean(m.after()), w.signed(m.change(), 2),
                finding);
    }

    private static String figuresSentence(Question q, CellStatistics s, Wording w) {
        String lo = s.ci95() == null ? "–" : w.mean(s.ci95().lo());
        String hi = s.ci95() == null ? "–" : w.mean(s.ci95().hi());
        return w.text("question.figures", w.mean(s.mean()), w.scale(q), lo, hi, w.percent(s.favorable()), s.n());
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
        TrendChart.Data data = new TrendChart.Data(null, q.min(), q.max(), waves.stream().map(Wave::label).toList(), series);
        return charts.add(TrendChart.of(data, w.texts()), TREND, TREND_SCALE);
    }

    private static TrendChart.Point point(Group group, Question q, ReportFigures figures) {
        return figures.statistics(group, q)
                .map(s -> new TrendChart.Point(s.mean(), s.ci95() == null ? null : s.ci95().lo(),
                        s.ci95() == null ? null : s.ci95().hi()))
                .orElse(TrendChart.Point.hidden());
    }
}
