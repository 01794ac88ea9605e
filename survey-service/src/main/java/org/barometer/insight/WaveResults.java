package org.barometer.insight;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.analytics.anonymity.AnonymityGuard;
import org.barometer.analytics.stats.CellStatistics;
import org.barometer.analytics.stats.WellBeingIndex;
import org.barometer.survey.QuestionSets;
import org.barometer.survey.Wave;
import org.barometer.survey.WaveService;
import org.barometer.survey.WaveStatus;
import org.barometer.templates.Question;
import org.barometer.templates.QuestionSet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The results of one wave by one segment attribute, through the anonymity guard. */
@Singleton
class WaveResults {

    private final WaveService waves;
    private final QuestionSets sets;
    private final ResultQueries queries;
    private final CrossQueries cross;

    WaveResults(WaveService waves, QuestionSets sets, ResultQueries queries, CrossQueries cross) {
        this.waves = waves;
        this.sets = sets;
        this.queries = queries;
        this.cross = cross;
    }

    @Transactional(readOnly = true)
    ResultsView results(UUID waveId, String by) {
        Wave wave = waves.get(waveId);
        String attribute = Breakdowns.checkedAttribute(by);
        return assemble(wave, questionsOf(wave), attribute, counts(wave, attribute), others(wave, attribute));
    }

    /** Stored aggregates for a closed wave that has them, else a live count. */
    CutCounts counts(Wave wave, String by) {
        if (wave.status() == WaveStatus.CLOSED) {
            CutCounts stored = queries.stored(List.of(wave.id()), by, null).get(wave.id());
            if (stored != null) {
                return stored;
            }
        }
        return queries.live(wave.id(), by);
    }

    /** The wave's other cuts seen from {@code by} (none when uncut): stored for a closed wave that has them. */
    Collection<OtherCut> others(Wave wave, String by) {
        if (by == null) {
            return List.of();
        }
        if (wave.status() == WaveStatus.CLOSED) {
            Map<String, OtherCut> stored = cross.stored(List.of(wave.id()), by).get(wave.id());
            if (stored != null) {
                return stored.values();
            }
        }
        return cross.live(wave.id(), by).values();
    }

    QuestionSet questionsOf(Wave wave) {
        return wave.frozenQuestions() == null ? sets.parse(sets.yamlOf(wave.templateKey()), wave.templateKey())
                : sets.parse(wave.frozenQuestions(), wave.templateKey());
    }

    static ResultsView assemble(Wave wave, QuestionSet set, String by, CutCounts counts, Collection<OtherCut> others) {
        AnonymityGuard guard = AnonymityGuard.withThreshold(wave.anonymityThreshold());
        ResultsView.Index index = null;
        if (guard.allows(counts.whole().participation().responded())) {
            List<WellBeingIndex.Item> items = set.questions().stream()
                    .map(q -> new WellBeingIndex.Item(counts.whole().histogram(q), Polarities.of(q))).toList();
            WellBeingIndex wbi = WellBeingIndex.of(items);
            index = new ResultsView.Index(wbi.value(), wbi.items());
        }
        Set<String> visible = Breakdowns.visible(guard, counts, by, others);
        List<ResultsView.Group> groups = new ArrayList<>();
        for (String key : Breakdowns.keys(counts, by)) {
            Map<String, String> segment = Breakdowns.segment(by, key);
            groups.add(visible.contains(key) ? group(set, segment, Breakdowns.cell(counts, by, key))
                    : ResultsView.Group.hidden(segment));
        }
        return new ResultsView(new ResultsView.WaveRef(wave.id(), wave.label(), wave.status()),
                wave.anonymityThreshold(), index, groups);
    }

    private static ResultsView.Group group(QuestionSet set, Map<String, String> segment, Cell cell) {
        Map<String, ResultsView.Figures> questions = new LinkedHashMap<>();
        for (Question question : set.questions()) {
            CellStatistics statistics = CellStatistics.of(cell.histogram(question), Polarities.of(question),
                    cell.participation().invited());
            questions.put(question.key(), ResultsView.Figures.of(statistics));
        }
        return new ResultsView.Group(segment, false,
                new ResultsView.Counts(cell.participation().invited(), cell.participation().responded()), questions);
    }
}
