package org.barometer.survey;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.barometer.jooq.Tables.WAVE;

/** Audiences as stored: JSON text on a program, and frozen onto a wave when it opens. */
@Singleton
class Audiences {

    private static final Argument<Map<String, List<String>>> FILTER =
            Argument.mapOf(Argument.STRING, Argument.listOf(String.class));

    private final JsonMapper json;
    private final DSLContext db;

    Audiences(JsonMapper json, DSLContext db) {
        this.json = json;
        this.db = db;
    }

    /** The JSON of a filter, or null for everyone. */
    String write(Map<String, List<String>> filter) {
        if (filter == null || filter.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(new TreeMap<>(filter));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Audience read(String stored) {
        if (stored == null || stored.isBlank()) {
            return Audience.EVERYONE;
        }
        try {
            return new Audience(json.readValue(stored, FILTER));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable audience " + stored, e);
        }
    }

    /** The audience frozen on a wave (everyone for a manual wave). */
    Audience ofWave(UUID waveId) {
        return read(db.select(WAVE.AUDIENCE).from(WAVE).where(WAVE.ID.eq(waveId)).fetchOne(WAVE.AUDIENCE));
    }
}
