package org.barometer.respond;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import jakarta.inject.Singleton;
import org.barometer.survey.QuestionSets;
import org.barometer.survey.Wave;
import org.barometer.survey.WaveRepository;
import org.barometer.templates.QuestionSet;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The open waves a submission is checked against, kept for a minute: once a wave opens, its label,
 * threshold and frozen questions never change, so reading the wave (and its questions' text) for
 * every answer was wasted work. What does change, that it closes, is not taken from here: the
 * statement that consumes the invitation checks it in the database (ResponseRows.store).
 */
@Singleton
class OpenWaves {

    record Open(Wave wave, QuestionSet questions) {
    }

    private final Cache<UUID, Open> open = CacheBuilder.newBuilder()
            .maximumSize(64).expireAfterWrite(Duration.ofMinutes(1)).build();
    private final WaveRepository waves;
    private final QuestionSets sets;

    OpenWaves(WaveRepository waves, QuestionSets sets) {
        this.waves = waves;
        this.sets = sets;
    }

    /** The wave if it accepts answers at {@code now} as far as known (its closing is checked when storing). */
    Optional<Open> accepting(UUID waveId, Instant now) {
        Open known = open.getIfPresent(waveId);
        if (known == null) {
            Wave wave = waves.findById(waveId).orElseThrow();
            if (!wave.acceptsAnswersAt(now)) {
                return Optional.empty();
            }
            known = new Open(wave, sets.parse(wave.frozenQuestions(), wave.templateKey()));
            open.put(waveId, known);
        }
        return known.wave().acceptsAnswersAt(now) ? Optional.of(known) : Optional.empty();
    }
}
