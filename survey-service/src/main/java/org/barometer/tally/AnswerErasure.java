package org.barometer.tally;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.barometer.jooq.Tables.RESPONSE;
import static org.barometer.jooq.Tables.RESPONSE_ANSWER;
import static org.barometer.jooq.Tables.WAVE;
import static org.jooq.impl.DSL.select;

/**
 * Erases the answers and comments of waves closed long enough ago (BAROMETER_ANSWER_RETENTION),
 * one wave per transaction. The wave's profiles and their counts and histograms stay: every figure
 * of a closed wave is read from them, so its results and trend points remain; only its comments,
 * which exist nowhere else, are gone. A wave is taken by a conditional update of its row
 * ({@code answers_erased_at IS NULL}): of two instances, the second finds it taken.
 */
@Singleton
class AnswerErasure {

    private final DSLContext db;

    AnswerErasure(DSLContext db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    List<UUID> due(Instant closedBefore) {
        return db.select(WAVE.ID).from(WAVE).where(due(closedBefore, WAVE.ID.isNotNull())).fetch(WAVE.ID);
    }

    /** @return the wave and the answers erased, empty when it is not due (or another instance erased it) */
    @Transactional
    Optional<Tally.Erased> erase(UUID waveId, Instant closedBefore, Instant now) {
        if (db.update(WAVE).set(WAVE.ANSWERS_ERASED_AT, at(now)).where(due(closedBefore, WAVE.ID.eq(waveId))).execute() == 0) {
            return Optional.empty();
        }
        String label = db.select(WAVE.LABEL).from(WAVE).where(WAVE.ID.eq(waveId)).fetchSingle(WAVE.LABEL);
        var responses = select(RESPONSE.ID).from(RESPONSE).where(RESPONSE.WAVE_ID.eq(waveId));
        db.deleteFrom(RESPONSE_ANSWER).where(RESPONSE_ANSWER.RESPONSE_ID.in(responses)).execute();
        int erased = db.deleteFrom(RESPONSE).where(RESPONSE.WAVE_ID.eq(waveId)).execute();
        return Optional.of(new Tally.Erased(waveId, label, erased));
    }

    @Transactional(readOnly = true)
    boolean erased(UUID waveId) {
        return db.fetchExists(db.selectOne().from(WAVE).where(WAVE.ID.eq(waveId)).and(WAVE.ANSWERS_ERASED_AT.isNotNull()));
    }

    private static Condition due(Instant closedBefore, Condition which) {
        return which.and(WAVE.STATUS.eq("CLOSED")).and(WAVE.CLOSED_AT.lt(at(closedBefore)))
                .and(WAVE.ANSWERS_ERASED_AT.isNull());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
