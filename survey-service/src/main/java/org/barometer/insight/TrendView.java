package org.barometer.insight;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.barometer.analytics.stats.Change;
import org.barometer.analytics.stats.Slope;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code GET /api/v1/trends}: one series per segment shown in at least one wave. */
@Serdeable
record TrendView(String question, List<Series> series) {

    @Serdeable
    record Series(@JsonInclude(JsonInclude.Include.ALWAYS) Map<String, String> segment, List<Point> points,
                  SlopeView slope) {
    }

    /**
     * A hidden point names its wave, says suppressed and why (as the results do: {@code fewer-than-k},
     * {@code protects-smaller}, {@code alike-favourable}…; null when the group did not exist then),
     * nothing more.
     */
    @Serdeable
    record Point(String wave, boolean suppressed, String hidden, Long n, Double mean, List<Double> ci95, ChangeView change) {

        static Point hidden(String wave, String why) {
            return new Point(wave, true, why, null, null, null, null);
        }
    }

    @Serdeable
    record ChangeView(Double delta, Double pMannWhitney, Double pWelch, Double q, Double effectSize, String verdict) {

        static ChangeView of(Change c) {
            return new ChangeView(c.delta(), c.pMannWhitney(), c.pWelch(), c.q(), c.effectSize(),
                    c.verdict().name().toLowerCase(Locale.ROOT));
        }
    }

    @Serdeable
    record SlopeView(double value, List<Double> ci95) {

        static SlopeView of(Slope slope) {
            return new SlopeView(slope.value(), ResultsView.bounds(slope.ci95()));
        }
    }
}
