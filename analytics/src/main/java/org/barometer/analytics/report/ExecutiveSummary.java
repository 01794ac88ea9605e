package org.barometer.analytics.report;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.barometer.analytics.findings.Finding;
import org.barometer.analytics.findings.FindingText;
import org.barometer.analytics.report.ReportInput.Group;
import org.barometer.analytics.report.ReportInput.Wave;

/**
 * The first page, in plain words: the well-being index and its change, who answered, the clear
 * differences the findings name (at most {@value ReportFindings#SUMMARISED}), and where to act
 * first. No statistical vocabulary: the methodology names the tests.
 */
final class ExecutiveSummary {

    /** The index over the waves is worth a line from this many waves on. */
    static final int HISTORY_FROM = 3;

    private ExecutiveSummary() {
    }

    static ReportView.Summary of(ReportFigures figures, ReportFindings findings, Wording w) {
        ReportInput input = figures.input();
        Group org = input.current().organisation();
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(w.texts().locale()).format(input.date());
        if (org.hidden()) {
            return new ReportView.Summary(input.organisation(), input.current().label(), date,
                    w.text("summary.index.hidden", input.threshold()), null,
                    w.text("summary.participation.hidden", input.threshold()), null, List.of(), null, List.of(), List.of(),
                    how(input, w));
        }
        List<String> clear = findings.summary();
        String quiet = !clear.isEmpty() ? null : w.text(input.previous() == null ? "summary.first" : "summary.none");
        return new ReportView.Summary(input.organisation(), input.current().label(), date, index(figures, w),
                history(figures, w), w.text("summary.participation", org.invited(), org.responded(),
                        w.percent(org.invited() == 0 ? 0 : (double) org.responded() / org.invited())),
                groups(input, w), clear, quiet, findings.ranked(Finding.Kind.PRIORITY), findings.ranked(Finding.Kind.STRENGTH),
                how(input, w));
    }

    /** How to read the page, with the smallest difference the findings report. */
    private static String how(ReportInput input, Wording w) {
        return w.text("summary.how", w.texts().number(input.conclusions().minimalDifference(), 2));
    }

    private static String index(ReportFigures figures, Wording w) {
        ReportInput input = figures.input();
        Double now = figures.index(input.current().organisation());
        Double before = input.previous() == null ? null : figures.index(input.previous().organisation());
        if (now == null) {
            return w.text("summary.index.none");
        }
        if (before == null) {
            return w.text("summary.index", w.index(now));
        }
        return w.text("summary.index.change", w.index(now), input.previous().label(), w.index(before),
                w.signed(now - before, 0));
    }

    private static String history(ReportFigures figures, Wording w) {
        List<String> points = new ArrayList<>();
        for (Wave wave : figures.input().waves()) {
            Double index = figures.index(wave.organisation());
            if (index != null) {
                points.add(wave.label() + "\u00a0" + w.index(index));
            }
        }
        return points.size() < HISTORY_FROM ? null : w.text("summary.index.history", String.join(" · ", points));
    }

    private static String groups(ReportInput input, Wording w) {
        if (input.by() == null || input.current().groups().isEmpty()) {
            return null;
        }
        long hidden = input.current().groups().stream().filter(Group::hidden).count();
        return w.text("summary.groups", FindingText.attribute(input.by(), "fr".equals(w.texts().lang())),
                input.current().groups().size() - hidden, hidden);
    }
}
