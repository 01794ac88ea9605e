package org.barometer.insight;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.analytics.disclosure.Decisions;
import org.barometer.analytics.disclosure.DisclosureGate;
import org.barometer.analytics.disclosure.PublicationPlan;
import org.barometer.analytics.disclosure.WaveTable;
import org.barometer.analytics.stats.Histogram;
import org.barometer.survey.QuestionSets;
import org.barometer.survey.Wave;
import org.barometer.survey.WaveService;
import org.barometer.survey.WaveStatus;
import org.barometer.tally.Tally;
import org.barometer.templates.Question;
import org.barometer.templates.QuestionSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A wave's publication plan: the one place the service asks the disclosure gate, so every page,
 * chart, export, report and trend shows what the same decision allows. A closed wave's decision is
 * taken once, from its tally and the decision of the wave before it in the same question set (so
 * complements stay put), and stored; an open wave's covers participation only and is taken on
 * each read (its counts move).
 */
@Singleton
class Publication {

    private final Tally tally;
    private final PlanStore store;
    private final WaveService waves;
    private final QuestionSets sets;
    private final int detailFactor;

    Publication(Tally tally, PlanStore store, WaveService waves, QuestionSets sets,
                @Value("${barometer.anonymity.detail-factor:2}") int detailFactor) {
        if (detailFactor < 1) {
            throw new IllegalArgumentException("barometer.anonymity.detail-factor must be at least 1, got " + detailFactor);
        }
        this.tally = tally;
        this.store = store;
        this.waves = waves;
        this.sets = sets;
        this.detailFactor = detailFactor;
    }

    @Transactional
    PublicationPlan of(Wave wave) {
        return of(wave, tally.counts(wave.id()));
    }

    /**
     * The plan of a wave whose counts are already read (several waves at once, for trends). A
     * closed wave not decided yet is decided on its full counts, whatever these hold.
     */
    @Transactional
    PublicationPlan of(Wave wave, Tally.WaveCounts counts) {
        WaveTable table = table(wave, counts);
        if (wave.status() != WaveStatus.CLOSED) {
            return DisclosureGate.decide(table, null);
        }
        return DisclosureGate.plan(table, decided(wave));
    }

    /** The questions a wave asked: frozen when it opened. */
    QuestionSet questionsOf(Wave wave) {
        return wave.frozenQuestions() == null ? sets.parse(sets.yamlOf(wave.templateKey()), wave.templateKey())
                : sets.parse(wave.frozenQuestions(), wave.templateKey());
    }

    /** The stored decision, or the decision taken now (after the previous wave's) and stored. */
    private Decisions decided(Wave wave) {
        return store.read(wave.id()).orElseGet(() -> {
            Decisions previous = previous(wave).map(this::decided).orElse(null);
            Decisions decisions = DisclosureGate.decide(table(wave, tally.counts(wave.id())), previous).decisions();
            store.write(wave.id(), decisions);
            return decisions;
        });
    }

    /** The closed wave of the same question set opened last before this one. */
    private java.util.Optional<Wave> previous(Wave wave) {
        return waves.list().stream()
                .filter(w -> w.templateKey().equals(wave.templateKey()) && w.status() == WaveStatus.CLOSED
                        && w.openedAt() != null && wave.openedAt() != null && w.openedAt().isBefore(wave.openedAt()))
                .max(Comparator.comparing(Wave::openedAt));
    }

    private WaveTable table(Wave wave, Tally.WaveCounts counts) {
        QuestionSet set = questionsOf(wave);
        List<WaveTable.Item> items = set.questions().stream()
                .map(q -> new WaveTable.Item(q.key(), q.scale().min(), q.scale().max(), Polarities.of(q))).toList();
        List<WaveTable.Atom> atoms = new ArrayList<>();
        for (Tally.Profile p : counts.profiles()) {
            Map<String, Histogram> answers = new HashMap<>();
            if (counts.closed()) {
                for (Question q : set.questions()) {
                    answers.put(q.key(), Histogram.of(q.scale().min(), q.scale().max(), p.answers().getOrDefault(q.key(), Map.of())));
                }
            }
            atoms.add(new WaveTable.Atom(p.id().toString(), p.tuple(), p.invited(), p.responded(), answers));
        }
        int k = wave.anonymityThreshold();
        return new WaveTable(k, detailFactor * k, items, atoms, counts.segments(), counts.closed());
    }

    static UUID atomId(String id) {
        return UUID.fromString(id);
    }
}
