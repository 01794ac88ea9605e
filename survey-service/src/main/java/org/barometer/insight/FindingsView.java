package org.barometer.insight;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.barometer.analytics.findings.Finding;
import org.barometer.analytics.findings.FindingText;
import org.barometer.analytics.findings.Findings;
import org.barometer.analytics.findings.FindingsInput;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /api/v1/waves/{id}/findings}: the wave's findings, most important first, each with a
 * sentence in the reader's language. {@code effect} is in points of the question's scale (later
 * minus earlier, or group minus organisation); {@code direction} says whether that is better or
 * worse given the question's polarity.
 */
@Serdeable
record FindingsView(WaveRef wave, String language, double minimalDifference, @JsonInclude(JsonInclude.Include.ALWAYS) List<Item> findings) {

    @Serdeable
    record WaveRef(UUID id, String label) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String kind, @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, String> segment, String question,
                String direction, double effect, List<Double> ci95, Double q, double from, double to, String since,
                Double weight, Map<String, String> carriedBy, Boolean spread, String text) {
    }

    static FindingsView of(UUID id, String label, FindingsInput input, Findings findings, String language) {
        Map<String, FindingsInput.Question> questions = new java.util.HashMap<>();
        input.questions().forEach(q -> questions.put(q.key(), q));
        List<Item> items = findings.findings().stream().map(f -> new Item(f.kind().apiName(), f.segment(), f.question(),
                f.better() ? "better" : "worse", round(f.effect()),
                f.ci95() == null ? null : List.of(round(f.ci95().lo()), round(f.ci95().hi())), f.q(), round(f.from()), round(f.to()),
                f.since(), f.weight(), f.carriedBy(), f.spread() ? Boolean.TRUE : null,
                FindingText.of(f, questions.get(f.question()), language))).toList();
        return new FindingsView(new WaveRef(id, label), language, input.minimalDifference(), items);
    }

    private static double round(double value) {
        return Math.round(value * 1e4) / 1e4;
    }
}
