package org.barometer.insight;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A wave's results as CSV: aggregates only, exactly the groups and figures of the JSON results,
 * one row per group and question, a hidden group as one row marked suppressed with no figure and
 * the reason, a withheld question with its {@code n} and the reason only.
 * Every text cell that a spreadsheet would read as a formula is neutralised.
 */
final class ResultsCsv {

    static final List<String> HEADER = List.of("wave", "segment_attribute", "segment_value", "suppressed",
            "invited", "responded", "question", "n", "mean", "sd", "median", "ci95_low", "ci95_high",
            "favorable", "favorable_ci95_low", "favorable_ci95_high", "distribution", "withheld");

    /** The cell starts that Excel, LibreOffice and Google Sheets read as a formula (OWASP "CSV injection"). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private ResultsCsv() {
    }

    static String write(ResultsView results, String by) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(HEADER);
            String wave = results.wave().label();
            if (results.index() != null && results.index().value() != null) {
                csv.printRecord(safe(wave, "", "", "false", "", "", "wellbeing_index", "",
                        number(results.index().value()), "", "", "", "", "", "", "", "", ""));
            }
            for (ResultsView.Group group : results.groups()) {
                String value = PageRows.name(group.segment());
                String attribute = by == null ? "" : by;
                if (group.suppressed()) {
                    csv.printRecord(safe(wave, attribute, value, "true", "", "", "", "", "", "", "", "", "", "", "", "", "",
                            group.hidden()));
                    continue;
                }
                for (Map.Entry<String, ResultsView.Figures> q : group.questions().entrySet()) {
                    csv.printRecord(safe(row(wave, attribute, value, group.participation(), q.getKey(), q.getValue())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String[] row(String wave, String attribute, String value, ResultsView.Counts counts,
                                String question, ResultsView.Figures f) {
        return new String[] {wave, attribute, value, "false", String.valueOf(counts.invited()),
                String.valueOf(counts.responded()), question, String.valueOf(f.n()), number(f.mean()), number(f.sd()),
                number(f.median()), bound(f.ci95(), 0), bound(f.ci95(), 1), number(f.favorable()),
                bound(f.favorableCi95(), 0), bound(f.favorableCi95(), 1),
                f.distribution() == null ? "" : f.distribution().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                        .collect(Collectors.joining(" ")), f.withheld() == null ? "" : f.withheld()};
    }

    /** Prefixes a cell that a spreadsheet would run as a formula with an apostrophe, so it shows as text. */
    static String neutralise(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static List<String> safe(String... cells) {
        return new ArrayList<>(Arrays.stream(cells).map(ResultsCsv::neutralise).toList());
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String bound(List<Double> interval, int end) {
        return interval == null ? "" : number(interval.get(end));
    }
}
