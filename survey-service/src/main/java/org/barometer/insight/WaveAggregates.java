package org.barometer.insight;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.barometer.survey.WaveClosed;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.UUID;

import static org.barometer.jooq.Tables.INVITATION;
import static org.barometer.jooq.Tables.INVITATION_ATTRIBUTE;
import static org.barometer.jooq.Tables.RESPONSE;
import static org.barometer.jooq.Tables.RESPONSE_ANSWER;
import static org.barometer.jooq.Tables.RESPONSE_ATTRIBUTE;
import static org.barometer.jooq.Tables.WAVE_HISTOGRAM;
import static org.barometer.jooq.Tables.WAVE_LIVE_HISTOGRAM;
import static org.barometer.jooq.Tables.WAVE_PARTICIPATION;
import static org.barometer.insight.ResultQueries.WHOLE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

/**
 * Stores the histograms and participation of a closing wave, for the whole wave and every value
 * of every segment attribute, inside the closing transaction: four INSERT … SELECT statements from
 * the answers themselves (not from the live counters, so a closed wave's figures are recounted from
 * the source once), nothing read into memory; then drops the wave's live counters.
 */
@Singleton
class WaveAggregates {

    private final DSLContext db;

    WaveAggregates(DSLContext db) {
        this.db = db;
    }

    @EventListener
    void onWaveClosed(WaveClosed event) {
        store(event.waveId());
    }

    void store(UUID waveId) {
        var responded = sum(when(INVITATION.RESPONDED.isTrue(), 1).otherwise(0)).cast(Integer.class);
        db.insertInto(WAVE_HISTOGRAM, WAVE_HISTOGRAM.WAVE_ID, WAVE_HISTOGRAM.SEGMENT_NAME, WAVE_HISTOGRAM.SEGMENT_VALUE,
                        WAVE_HISTOGRAM.QUESTION_KEY, WAVE_HISTOGRAM.ANSWER, WAVE_HISTOGRAM.N)
                .select(db.select(RESPONSE.WAVE_ID, inline(WHOLE), inline(WHOLE), RESPONSE_ANSWER.QUESTION_KEY,
                                RESPONSE_ANSWER.ANSWER, count())
                        .from(RESPONSE).join(RESPONSE_ANSWER).on(RESPONSE_ANSWER.RESPONSE_ID.eq(RESPONSE.ID))
                        .where(RESPONSE.WAVE_ID.eq(waveId))
                        .groupBy(RESPONSE.WAVE_ID, RESPONSE_ANSWER.QUESTION_KEY, RESPONSE_ANSWER.ANSWER))
                .execute();
        db.insertInto(WAVE_HISTOGRAM, WAVE_HISTOGRAM.WAVE_ID, WAVE_HISTOGRAM.SEGMENT_NAME, WAVE_HISTOGRAM.SEGMENT_VALUE,
                        WAVE_HISTOGRAM.QUESTION_KEY, WAVE_HISTOGRAM.ANSWER, WAVE_HISTOGRAM.N)
                .select(db.select(RESPONSE.WAVE_ID, RESPONSE_ATTRIBUTE.NAME, RESPONSE_ATTRIBUTE.ATTR_VALUE,
                                RESPONSE_ANSWER.QUESTION_KEY, RESPONSE_ANSWER.ANSWER, count())
                        .from(RESPONSE).join(RESPONSE_ANSWER).on(RESPONSE_ANSWER.RESPONSE_ID.eq(RESPONSE.ID))
                        .join(RESPONSE_ATTRIBUTE).on(RESPONSE_ATTRIBUTE.RESPONSE_ID.eq(RESPONSE.ID))
                        .where(RESPONSE.WAVE_ID.eq(waveId))
                        .groupBy(RESPONSE.WAVE_ID, RESPONSE_ATTRIBUTE.NAME, RESPONSE_ATTRIBUTE.ATTR_VALUE,
                                RESPONSE_ANSWER.QUESTION_KEY, RESPONSE_ANSWER.ANSWER))
                .execute();
        db.insertInto(WAVE_PARTICIPATION, WAVE_PARTICIPATION.WAVE_ID, WAVE_PARTICIPATION.SEGMENT_NAME,
                        WAVE_PARTICIPATION.SEGMENT_VALUE, WAVE_PARTICIPATION.INVITED, WAVE_PARTICIPATION.RESPONDED)
                .select(db.select(DSL.val(waveId), inline(WHOLE), inline(WHOLE), count(), responded)
                        .from(INVITATION).where(INVITATION.WAVE_ID.eq(waveId)))
                .execute();
        db.insertInto(WAVE_PARTICIPATION, WAVE_PARTICIPATION.WAVE_ID, WAVE_PARTICIPATION.SEGMENT_NAME,
                        WAVE_PARTICIPATION.SEGMENT_VALUE, WAVE_PARTICIPATION.INVITED, WAVE_PARTICIPATION.RESPONDED)
                .select(db.select(INVITATION.WAVE_ID, INVITATION_ATTRIBUTE.NAME, INVITATION_ATTRIBUTE.ATTR_VALUE,
                                count(), responded)
                        .from(INVITATION).join(INVITATION_ATTRIBUTE).on(INVITATION_ATTRIBUTE.INVITATION_ID.eq(INVITATION.ID))
                        .where(INVITATION.WAVE_ID.eq(waveId))
                        .groupBy(INVITATION.WAVE_ID, INVITATION_ATTRIBUTE.NAME, INVITATION_ATTRIBUTE.ATTR_VALUE))
                .execute();
        // The stored aggregates now answer for the wave: its live counters are read no more.
        db.deleteFrom(WAVE_LIVE_HISTOGRAM).where(WAVE_LIVE_HISTOGRAM.WAVE_ID.eq(waveId)).execute();
    }
}
