package org.barometer.analytics.report;

import java.util.List;
import java.util.Map;

/**
 * What the report template shows, every figure already formatted in the report's language and
 * every chart a {@link Figure} that the template places as an {@code <object>}. Public so that
 * Thymeleaf can read it; the template calls the accessors, e.g. {@code ${r.summary().wave()}}.
 *
 * @param t             the texts of {@code report/texts_<lang>.properties}, for headings and fixed sentences
 * @param heatmapScales each question's scale and direction, for reading the heatmap's means
 */
public record ReportView(String lang, Map<String, String> t, Summary summary, List<QuestionSection> questions,
                         Figure heatmap, String heatmapScales, Figure participation, List<Comments> comments,
                         Methodology methodology) {

    /**
     * A chart of the report, drawn where the template places
     * {@code <object type="application/x-barometer-chart" data-chart="id">} of this size.
     *
     * @param width  in CSS pixels
     * @param height in CSS pixels
     */
    public record Figure(String id, int width, int height) {
    }

    /**
     * The first page: what a director reads when there is time for nothing else.
     *
     * @param index         the well-being index and its change since the previous wave
     * @param indexHistory  the index over the waves shown, or {@code null} with fewer than three
     * @param participation who answered
     * @param groups        how many groups are shown and hidden, or {@code null} without groups
     * @param findings      the clear differences, most important first
     * @param quiet         what to say when there is none, or {@code null}
     * @param priorities    the organisation's questions to work on first
     * @param strengths     the organisation's questions that go well
     * @param how           how to read the page
     */
    public record Summary(String organisation, String wave, String date, String index, String indexHistory,
                          String participation, String groups, List<String> findings, String quiet,
                          List<String> priorities, List<String> strengths, String how) {
    }

    /**
     * @param figures one sentence with the mean on its scale, its interval, the favourable share and n
     * @param trend   the means over the waves, or {@code null} when nothing can be drawn
     * @param moved   the findings' sentences about this question's changes over time
     * @param means   the scale and direction of the table's means
     * @param movers  the groups that moved most since the previous wave, largest change first
     */
    public record QuestionSection(String anchor, String title, String text, String figures, Figure trend,
                                  List<String> moved, String means, List<Mover> movers) {
    }

    /** @param finding "▲ better", "▼ worse" when a finding says the group moved clearly, else empty */
    public record Mover(String group, String before, String after, String change, String finding) {
    }

    public record Comments(String group, List<String> comments) {
    }

    /**
     * @param paragraphs how figures were protected and computed
     * @param waves      response counts of each wave shown
     * @param hash       SHA-256 of the figures, in hexadecimal
     */
    public record Methodology(List<String> paragraphs, List<WaveCount> waves, String hash) {
    }

    public record WaveCount(String wave, String invited, String responded) {
    }
}
