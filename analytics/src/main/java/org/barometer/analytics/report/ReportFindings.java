package org.barometer.analytics.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.analytics.findings.Finding;
import org.barometer.analytics.findings.FindingText;

/**
 * The reported wave's findings as the report presents them: the clear differences first (the
 * order {@link org.barometer.analytics.findings.Findings} ranked them in), the organisation's
 * priorities and strengths, what moved on each question, and whether a group moved clearly on a
 * question. It reads {@link ReportInput.Conclusions} and decides nothing of its own.
 */
final class ReportFindings {

    /** Clear differences named on the first page; each question's section names its own. */
    static final int SUMMARISED = 5;

    private final ReportInput input;
    private final String lang;

    ReportFindings(ReportInput input, String lang) {
        this.input = input;
        this.lang = lang;
    }

    /** @return the sentences of the clear differences (trends, changes, gaps), most important first */
    List<String> summary() {
        return differences().stream().limit(SUMMARISED).map(this::sentence).toList();
    }

    /** @return the sentences of the organisation's priorities ({@code PRIORITY}) or strengths */
    List<String> ranked(Finding.Kind kind) {
        return all().stream().filter(f -> f.kind() == kind && f.segment().isEmpty()).map(this::sentence).toList();
    }

    /** @return the sentences of the changes over time on one question, in any group, most important first */
    List<String> movedOn(String question, int atMost) {
        return all().stream().filter(f -> f.kind().overTime() && f.question().equals(question))
                .limit(atMost).map(this::sentence).toList();
    }

    /**
     * @param group a group of the report's attribute, or {@code null} for the organisation
     * @return its clearest change over time on the question (trend, since the last wave, or since a year), if any
     */
    Optional<Finding> overTime(String group, String question) {
        if (group != null && input.by() == null) {
            return Optional.empty();
        }
        Map<String, String> segment = group == null ? Map.of() : Map.of(input.by(), group);
        return all().stream().filter(f -> f.kind().overTime() && f.question().equals(question)
                && f.segment().equals(segment)).findFirst();
    }

    String sentence(Finding f) {
        return FindingText.of(f, input.conclusions().question(f), lang);
    }

    private List<Finding> differences() {
        return all().stream().filter(f -> f.kind() != Finding.Kind.PRIORITY && f.kind() != Finding.Kind.STRENGTH).toList();
    }

    private List<Finding> all() {
        return input.conclusions().findings().findings();
    }
}
