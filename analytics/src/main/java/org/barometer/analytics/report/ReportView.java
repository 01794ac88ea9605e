package org.barometer.analytics.report;

import java.util.List;
import java.util.Map;

/**
 * What the report template shows, every figure already formatted in the report's language and
 * every chart a {@link Figure} that the template places as an {@code <object>}. Public so that Thymeleaf can read it; the template calls
 * the accessors, e.g. {@code ${r.cover().wave()}}.
 *
 * @param t the texts of {@code report/texts_<lang>.properties}, for headings and fixed sentences
 */
public record ReportView(String lang, Map<String, String> t, Cover cover, List<String> summary,
                         List<String> realChanges, List<QuestionSection> questions, Figure heatmap,
                         Figure participation, Attention attention, List<Comments> comments,
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

    public record Cover(String organisation, String wave, String date, String participation, String by) {
    }

    /**
     * @param figures one sentence with the mean, its interval, the favourable share and n
     * @param movers  the groups that moved most, largest change first
     */
    public record QuestionSection(String anchor, String title, String text, String figures, Figure trend,
                                  Figure distribution, List<Mover> movers) {
    }

    public record Mover(String group, String before, String after, String change, String verdict) {
    }

    /**
     * @param rule  the rule, in words
     * @param teams the groups that meet it, each with its reasons
     */
    public record Attention(String rule, List<Flagged> teams) {
    }

    public record Flagged(String group, String index, List<String> reasons) {
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
