package org.barometer.insight;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.barometer.analytics.findings.Drivers;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /api/v1/waves/{id}/drivers}: each question's share of the well-being index's
 * variation (LMG), with its 95 % bootstrap interval, for the organisation and the shown groups of
 * the asked attribute with at least {@code minimumAnswers} answers.
 */
@Serdeable
record DriversView(UUID wave, String outcome, long minimumAnswers, @JsonInclude(JsonInclude.Include.ALWAYS) List<Group> groups) {

    @Serdeable
    record Group(@JsonInclude(JsonInclude.Include.ALWAYS) Map<String, String> segment, long n, List<Share> drivers) {
    }

    @Serdeable
    record Share(String question, double share, List<Double> ci95) {
    }

    static DriversView of(UUID wave, int questions, List<Drivers> drivers) {
        List<Group> groups = drivers.stream().map(d -> new Group(d.segment(), d.n(), d.shares().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> new Share(e.getKey(), round(e.getValue()),
                        List.of(round(d.ci95().get(e.getKey()).lo()), round(d.ci95().get(e.getKey()).hi())))).toList())).toList();
        return new DriversView(wave, "index", Drivers.minimumAnswers(questions), groups);
    }

    private static double round(double value) {
        return Math.round(value * 1e4) / 1e4;
    }
}
