package org.barometer.insight;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.analytics.anonymity.AnonymityGuard;
import org.barometer.survey.Wave;
import org.barometer.survey.WaveService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The free-text comments of a wave by segment. A group's comments show only where its results
 * show (same cut, same suppression), so a hidden team's words never appear by another door.
 */
@Singleton
class WaveComments {

    private final WaveService waves;
    private final WaveResults results;
    private final ResultQueries queries;

    WaveComments(WaveService waves, WaveResults results, ResultQueries queries) {
        this.waves = waves;
        this.results = results;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    CommentsView comments(UUID waveId, String by) {
        Wave wave = waves.get(waveId);
        String attribute = Breakdowns.checkedAttribute(by);
        CutCounts counts = results.counts(wave, attribute);
        AnonymityGuard guard = AnonymityGuard.withThreshold(wave.anonymityThreshold());
        Set<String> visible = Breakdowns.visible(guard, counts, attribute, results.others(wave, attribute));
        Map<String, List<String>> texts = new HashMap<>();
        for (ResultQueries.Comment comment : queries.comments(waveId, attribute)) {
            String key = attribute == null ? ResultQueries.WHOLE : comment.segment();
            if (key != null && visible.contains(key)) {
                texts.computeIfAbsent(key, k -> new ArrayList<>()).add(comment.text());
            }
        }
        List<CommentsView.Group> groups = new ArrayList<>();
        for (String key : Breakdowns.keys(counts, attribute)) {
            Map<String, String> segment = Breakdowns.segment(attribute, key);
            if (visible.contains(key)) {
                long responded = Breakdowns.cell(counts, attribute, key).participation().responded();
                groups.add(new CommentsView.Group(segment, false,
                        guard.comments(responded, texts.getOrDefault(key, List.of()))));
            } else {
                groups.add(new CommentsView.Group(segment, true, null));
            }
        }
        return new CommentsView(groups);
    }
}
