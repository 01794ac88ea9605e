package org.barometer.insight;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.barometer.analytics.stats.CellStatistics;
import org.barometer.analytics.stats.Interval;
import org.barometer.survey.WaveStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code GET /api/v1/waves/{id}/results}: a hidden group carries its segment and nothing else. */
@Serdeable
record ResultsView(WaveRef wave, int threshold, Index index, List<Group> groups) {

    @Serdeable
    record WaveRef(UUID id, String label, WaveStatus status) {
    }

    @Serdeable
    record Index(Double value, int items) {
    }

    /** The segment is written even when empty ({@code {}} is the whole organisation). */
    @Serdeable
    record Group(@JsonInclude(JsonInclude.Include.ALWAYS) Map<String, String> segment, boolean suppressed,
                 Counts participation, Map<String, Figures> questions) {

        static Group hidden(Map<String, String> segment) {
            return new Group(segment, true, null, null);
        }
    }

    @Serdeable
    record Counts(long invited, long responded) {
    }

    @Serdeable
    record Figures(long n, Double mean, Double sd, Double median, List<Double> ci95, Double favorable,
                   List<Double> favorableCi95, Map<String, Long> distribution) {

        static Figures of(CellStatistics s) {
            Map<String, Long> distribution = new LinkedHashMap<>();
            s.distribution().forEach((value, count) -> distribution.put(String.valueOf(value), count));
            return new Figures(s.n(), s.mean(), s.sd(), s.median(), bounds(s.ci95()), s.favorable(),
                    bounds(s.favorableCi95()), distribution);
        }
    }

    static List<Double> bounds(Interval interval) {
        return interval == null ? null : List.of(interval.lo(), interval.hi());
    }
}
