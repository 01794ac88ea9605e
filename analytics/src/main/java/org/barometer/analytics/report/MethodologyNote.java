package org.barometer.analytics.report;

import java.util.List;
import org.barometer.analytics.findings.Findings;
import org.barometer.analytics.report.ReportInput.Group;
import org.barometer.analytics.report.ReportInput.Wave;

/**
 * The appendix: how the figures were protected and computed, how the findings were tested (the
 * only place the report names its statistics), the response counts, the content hash.
 */
final class MethodologyNote {

    private MethodologyNote() {
    }

    static ReportView.Methodology of(ReportInput input, Wording w) {
        int questions = input.questions().size();
        long hiddenGroups = input.current().groups().stream().filter(Group::hidden).count()
                + (input.current().organisation().hidden() ? 1 : 0);
        List<String> paragraphs = List.of(
                w.text("method.threshold", input.threshold()),
                w.text("method.suppressed", hiddenGroups * questions, hiddenGroups, questions),
                w.text("method.suppression"),
                w.text("method.statistics"),
                w.text("method.findings", Math.round(100 * Findings.FALSE_DISCOVERY_RATE), Findings.FALSE_DISCOVERY_RATE,
                        input.conclusions().minimalDifference()),
                w.text("method.priorities"),
                w.text("method.index"));
        List<ReportView.WaveCount> waves = input.waves().stream().map(wave -> count(wave, input.threshold(), w)).toList();
        return new ReportView.Methodology(paragraphs, waves, ContentHash.of(input));
    }

    private static ReportView.WaveCount count(Wave wave, int threshold, Wording w) {
        Group org = wave.organisation();
        if (org.hidden()) {
            String few = w.text("method.fewer", threshold);
            return new ReportView.WaveCount(wave.label(), few, few);
        }
        return new ReportView.WaveCount(wave.label(), String.valueOf(org.invited()), String.valueOf(org.responded()));
    }
}
