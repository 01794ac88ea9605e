package org.barometer.insight;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.barometer.analytics.disclosure.Decisions;
import org.barometer.analytics.stats.CellStatistics;
import org.barometer.analytics.stats.Interval;
import org.barometer.survey.WaveStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /api/v1/waves/{id}/results}: a hidden group carries its segment and the reason, nothing
 * else. While the wave is open {@code answers} is false and groups carry their participation only.
 */
@Serdeable
record ResultsView(WaveRef wave, int threshold, boolean answers, Index index, List<Group> groups) {

    @Serdeable
    record WaveRef(UUID id, String label, WaveStatus status) {
    }

    @Serdeable
    record Index(Double value, int items) {
    }

    /**
     * The segment is written even when empty ({@code {}} is the whole organisation).
     *
     * @param hidden {@code fewer-than-k} or {@code protects-smaller} when suppressed
     */
    @Serdeable
    record Group(@JsonInclude(JsonInclude.Include.ALWAYS) Map<String, String> segment, boolean suppressed, String hidden,
                 Counts participation, Map<String, Figures> questions) {

        static Group hidden(Map<String, String> segment, Decisions.Hidden why) {
            return new Group(segment, true, reason(why), null, null);
        }
    }

    @Serdeable
    record Counts(long invited, long responded) {
    }

    /**
     * @param withheld null, or why the figures are withheld: {@code alike-favourable},
     *                 {@code alike-unfavourable} (everyone answered alike, on that side of the
     *                 scale) or {@code protects-smaller}; every figure but {@code n} is then null
     */
    @Serdeable
    record Figures(long n, Double mean, Double sd, Double median, List<Double> ci95, Double favorable,
                   List<Double> favorableCi95, Map<String, Long> distribution, String withheld) {

        static Figures of(CellStatistics s) {
            Map<String, Long> distribution = new LinkedHashMap<>();
            s.distribution().forEach((value, count) -> distribution.put(String.valueOf(value), count));
            return new Figures(s.n(), s.mean(), s.sd(), s.median(), bounds(s.ci95()), s.favorable(),
                    bounds(s.favorableCi95()), distribution, null);
        }

        static Figures withheld(long n, Decisions.Withheld why) {
            return new Figures(n, null, null, null, null, null, null, null, reason(why));
        }
    }

    static List<Double> bounds(Interval interval) {
        return interval == null ? null : List.of(interval.lo(), interval.hi());
    }

    /** The enum's name as the API says it: {@code FEWER_THAN_K} is {@code fewer-than-k}. */
    static String reason(Enum<?> why) {
        return why.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
