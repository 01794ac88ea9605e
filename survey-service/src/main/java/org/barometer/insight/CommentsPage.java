package org.barometer.insight;

import jakarta.inject.Singleton;
import org.barometer.survey.Wave;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /hr/comments}: the comments of the groups shown (the same as the JSON API: visible groups
 * only, shuffled, never with a time), optionally narrowed by a search done on the server.
 */
@Singleton
class CommentsPage {

    /** One group's comments after the search; {@code hidden} when none is shown, {@code why} the reason. */
    public record CommentGroup(String group, boolean hidden, String why, List<String> comments) {
    }

    private final WaveComments comments;

    CommentsPage(WaveComments comments) {
        this.comments = comments;
    }

    void fill(Map<String, Object> model, Wave wave, String by, String search) {
        String attribute = Breakdowns.checkedAttribute(by);
        String needle = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
        CommentsView view = comments.comments(wave.id(), attribute);
        List<CommentGroup> groups = view.groups().stream()
                .map(g -> new CommentGroup(PageRows.name(g.segment()), g.suppressed(), g.hidden(), g.suppressed() ? List.of()
                        : g.comments().stream().filter(c -> c.toLowerCase(Locale.ROOT).contains(needle)).toList()))
                .toList();
        model.put("open", !view.answers());
        model.put("erased", view.erased());
        model.put("by", attribute);
        model.put("q", search == null ? "" : search.trim());
        model.put("groups", groups);
        model.put("threshold", wave.anonymityThreshold());
    }
}
