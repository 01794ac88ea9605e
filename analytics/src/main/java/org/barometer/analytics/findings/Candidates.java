package org.barometer.analytics.findings;

import org.barometer.analytics.stats.Histogram;
import org.barometer.analytics.stats.Interval;
import org.barometer.analytics.stats.LinearTrend;
import org.barometer.analytics.stats.MeanDifference;
import org.barometer.analytics.stats.ProportionalOddsTrend;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every test of a wave's findings family, before the false-discovery control: for each shown group
 * and question, the trend over the last up to four waves, the change since the wave before, the
 * change since the same quarter a year before, and the gap to the organisation.
 */
final class Candidates {

    /** Waves a trend looks back over, the reported one included. */
    static final int TREND_WAVES = 4;
    /** A trend needs this many consecutive waves where the group is shown. */
    static final int TREND_MIN_WAVES = 3;
    /** The same quarter a year before: opened 365 days earlier, give or take this many. */
    private static final long YEAR_SLACK_DAYS = 45;

    /** A test's outcome, with its p-value before adjustment. */
    record Candidate(Finding.Kind kind, Map<String, String> segment, FindingsInput.Question question, double effect,
                     Interval ci95, double p, double from, double to, String since, int waves) {
    }

    private Candidates() {
    }

    static List<Candidate> of(FindingsInput input) {
        List<Candidate> all = new ArrayList<>();
        FindingsInput.Wave current = input.current();
        for (Map<String, String> segment : current.groups().keySet()) {
            for (FindingsInput.Question question : input.questions()) {
                Histogram now = current.answers(segment, question.key());
                if (now == null || now.n() == 0) {
                    continue;
                }
                trend(input, segment, question).ifPresent(all::add);
                if (input.waves().size() >= 2) {
                    FindingsInput.Wave before = input.waves().get(input.waves().size() - 2);
                    compare(Finding.Kind.CHANGE, segment, question, before, now).ifPresent(all::add);
                }
                yearBefore(input).flatMap(w -> compare(Finding.Kind.YEAR_ON_YEAR, segment, question, w, now)).ifPresent(all::add);
                if (!segment.isEmpty()) {
                    gap(current, segment, question, now).ifPresent(all::add);
                }
            }
        }
        return all;
    }

    /** The run of consecutive waves (at most four) ending with the reported one where the group shows the question. */
    static List<Histogram> trendWindow(List<FindingsInput.Wave> waves, Map<String, String> segment, String question) {
        List<Histogram> window = new ArrayList<>();
        for (int i = waves.size() - 1; i >= 0 && window.size() < TREND_WAVES; i--) {
            Histogram h = waves.get(i).answers(segment, question);
            if (h == null || h.n() == 0) {
                break;
            }
            window.add(0, h);
        }
        return window;
    }

    private static Optional<Candidate> trend(FindingsInput input, Map<String, String> segment, FindingsInput.Question question) {
        List<Histogram> window = trendWindow(input.waves(), segment, question.key());
        if (window.size() < TREND_MIN_WAVES) {
            return Optional.empty();
        }
        Optional<LinearTrend> line = LinearTrend.of(window);
        if (line.isEmpty()) {
            return Optional.empty();
        }
        double p = ProportionalOddsTrend.of(window).p();
        String since = input.waves().get(input.waves().size() - window.size()).label();
        return Optional.of(new Candidate(Finding.Kind.TREND, segment, question, line.get().change(), line.get().ci95(), p,
                mean(window.get(0)), mean(window.get(window.size() - 1)), since, window.size()));
    }

    private static Optional<Candidate> compare(Finding.Kind kind, Map<String, String> segment, FindingsInput.Question question,
                                               FindingsInput.Wave before, Histogram now) {
        Histogram then = before.answers(segment, question.key());
        if (then == null) {
            return Optional.empty();
        }
        return MeanDifference.of(then, now).map(d -> new Candidate(kind, segment, question, d.difference(), d.ci95(), d.p(),
                mean(then), mean(now), before.label(), 2));
    }

    /**
     * The group against the organisation it belongs to, tested against the rest of the organisation
     * (both published, so the rest is too): the gap to the whole is {@code (1 − n_g/N)} times the
     * gap to the rest, and so is its interval.
     */
    private static Optional<Candidate> gap(FindingsInput.Wave current, Map<String, String> segment, FindingsInput.Question question,
                                           Histogram group) {
        Histogram organisation = current.answers(Map.of(), question.key());
        if (organisation == null || !organisation.sameScaleAs(group) || organisation.n() <= group.n()) {
            return Optional.empty();
        }
        Histogram rest;
        try {
            rest = organisation.minus(group);
        } catch (IllegalArgumentException notAPart) {
            return Optional.empty();
        }
        double share = 1 - (double) group.n() / organisation.n();
        return MeanDifference.of(rest, group).map(d -> new Candidate(Finding.Kind.GAP, segment, question,
                share * d.difference(), new Interval(share * d.ci95().lo(), share * d.ci95().hi()), d.p(),
                mean(organisation), mean(group), null, 2));
    }

    /** The closed wave opened about a year before the reported one, if any (never the reported one's predecessor's stand-in). */
    static Optional<FindingsInput.Wave> yearBefore(FindingsInput input) {
        LocalDate opened = input.current().opened();
        if (opened == null || input.waves().size() < 3) {
            return Optional.empty();
        }
        for (FindingsInput.Wave wave : input.waves().subList(0, input.waves().size() - 2)) {
            if (wave.opened() != null && Math.abs(ChronoUnit.DAYS.between(wave.opened(), opened) - 365) <= YEAR_SLACK_DAYS) {
                return Optional.of(wave);
            }
        }
        return Optional.empty();
    }

    static double mean(Histogram h) {
        double sum = 0;
        for (int i = 0; i < h.size(); i++) {
            sum += (double) h.valueAt(i) * h.countAt(i);
        }
        return sum / h.n();
    }
}
