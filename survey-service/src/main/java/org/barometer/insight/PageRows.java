package org.barometer.insight;

import java.util.Map;
import java.util.Optional;

/** Rows the results pages show, built from the same views as the JSON API (never more). */
final class PageRows {

    /** A group's participation, or only its name and why when it is hidden ({@link ResultsView#reason}). */
    public record Turnout(String group, boolean hidden, String why, long invited, long responded) {

        public Double rate() {
            return invited == 0 ? null : 100.0 * responded / invited;
        }
    }

    /**
     * One question of a group: its figures (null when the group is hidden or the wave open; withheld
     * ones say why) and its change since the wave before.
     */
    /** @param scale the scale and its good direction, e.g. "on 1–5 (higher is worse)" */
    public record QuestionRow(String key, String text, String scale, ResultsView.Figures figures, TrendView.ChangeView change) {

        /** Why the figures are withheld, or null when they are shown. */
        public String withheld() {
            return figures == null ? null : figures.withheld();
        }

        /** The verdict's key: improved, worsened, stable, uncertain, or none without a wave before. */
        public String verdict() {
            return change == null ? "none" : change.verdict();
        }
    }

    private PageRows() {
    }

    static Turnout turnout(ResultsView.Group group) {
        String name = group.segment().isEmpty() ? "" : group.segment().values().iterator().next();
        return group.suppressed() ? new Turnout(name, true, group.hidden(), 0, 0)
                : new Turnout(name, false, null, group.participation().invited(), group.participation().responded());
    }

    static String name(Map<String, String> segment) {
        return segment.isEmpty() ? "" : segment.values().iterator().next();
    }

    /** The change shown at {@code waveLabel} in the series of {@code group} ("" for the organisation). */
    static TrendView.ChangeView changeAt(TrendView trend, String group, String waveLabel) {
        for (TrendView.Series series : trend.series()) {
            if (name(series.segment()).equals(group)) {
                return series.points().stream().filter(p -> p.wave().equals(waveLabel) && !p.suppressed())
                        .map(TrendView.Point::change).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            }
        }
        return null;
    }

    static Optional<ResultsView.Group> whole(ResultsView results) {
        return results.groups().stream().filter(g -> g.segment().isEmpty()).findFirst();
    }
}
