package org.barometer.insight;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.barometer.survey.Wave;
import org.barometer.survey.WaveService;
import org.barometer.system.ProblemException;
import org.barometer.system.Text;
import org.jooq.DSLContext;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.barometer.jooq.Tables.WAVE_SEGMENT;

/**
 * Which wave a results page shows ({@code ?wave=}, else the one opened last) and what the reader
 * may pick instead: the other waves that have opened, and the segment attributes of the wave.
 */
@Singleton
class WaveChoice {

    /** One entry of a {@code <select>}. */
    public record Option(String value, String label, boolean selected) {
    }

    private final WaveService waves;
    private final DSLContext db;

    WaveChoice(WaveService waves, DSLContext db) {
        this.waves = waves;
        this.db = db;
    }

    /** @return the wave asked for, or the last opened; empty when no wave has opened yet */
    Optional<Wave> chosen(String waveId) {
        if (waveId != null && !waveId.isBlank()) {
            return Optional.of(waves.get(parse(waveId)));
        }
        return opened().stream().findFirst();
    }

    /** The waves that have opened, newest first, the chosen one selected. */
    List<Option> options(Wave chosen) {
        return opened().stream().map(w -> new Option(w.id().toString(), w.label(), w.id().equals(chosen.id()))).toList();
    }

    /** The segment attributes of the wave's invitees when it opened (names only), for a {@code by} choice. */
    @io.micronaut.transaction.annotation.Transactional(readOnly = true)
    List<Option> attributes(Wave wave, String by) {
        List<String> names = db.selectDistinct(WAVE_SEGMENT.NAME).from(WAVE_SEGMENT)
                .where(WAVE_SEGMENT.WAVE_ID.eq(wave.id())).orderBy(WAVE_SEGMENT.NAME)
                .fetch(WAVE_SEGMENT.NAME);
        return names.stream().map(n -> new Option(n, n, n.equals(by))).toList();
    }

    private List<Wave> opened() {
        return waves.list().stream().filter(w -> w.openedAt() != null)
                .sorted(Comparator.comparing(Wave::openedAt).reversed()).toList();
    }

    private static UUID parse(String waveId) {
        try {
            return UUID.fromString(waveId.trim());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, Text.of("wave.id-format"));
        }
    }
}
