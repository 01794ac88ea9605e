package org.barometer.insight;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.barometer.survey.WaveClosed;
import org.jooq.DSLContext;

import java.util.UUID;

import static org.barometer.insight.ResultQueries.WHOLE;
import static org.barometer.jooq.Tables.WAVE_CROSS_PARTICIPATION;
import static org.barometer.jooq.Tables.WAVE_HISTOGRAM;
import static org.barometer.jooq.Tables.WAVE_LIVE_HISTOGRAM;
import static org.barometer.jooq.Tables.WAVE_LIVE_PARTICIPATION;
import static org.barometer.jooq.Tables.WAVE_PARTICIPATION;
import static org.jooq.impl.DSL.sum;

/**
 * Stores what a closing wave shows, inside the closing transaction: its histograms and its
 * participation (single and crossed cuts) summed over the slots of the live counters that its
 * opening, invite-new and submissions kept — a few thousand small rows, whatever the number of
 * answers. Then the counters go: the stored aggregates answer for the wave from now on.
 * (LiveCountersIntegrationTest checks the counters against a recount of answers and invitations.)
 */
@Singleton
class WaveAggregates {

    private final DSLContext db;
    private final UncountedResponses uncounted;

    WaveAggregates(DSLContext db, UncountedResponses uncounted) {
        this.db = db;
        this.uncounted = uncounted;
    }

    @EventListener
    void onWaveClosed(WaveClosed event) {
        store(event.waveId());
    }

    void store(UUID waveId) {
        uncounted.foldAll(waveId);
        var h = WAVE_LIVE_HISTOGRAM;
        db.insertInto(WAVE_HISTOGRAM, WAVE_HISTOGRAM.WAVE_ID, WAVE_HISTOGRAM.SEGMENT_NAME, WAVE_HISTOGRAM.SEGMENT_VALUE,
                        WAVE_HISTOGRAM.QUESTION_KEY, WAVE_HISTOGRAM.ANSWER, WAVE_HISTOGRAM.N)
                .select(db.select(h.WAVE_ID, h.SEGMENT_NAME, h.SEGMENT_VALUE, h.QUESTION_KEY, h.ANSWER,
                                sum(h.N).cast(Integer.class))
                        .from(h).where(h.WAVE_ID.eq(waveId))
                        .groupBy(h.WAVE_ID, h.SEGMENT_NAME, h.SEGMENT_VALUE, h.QUESTION_KEY, h.ANSWER))
                .execute();
        var p = WAVE_LIVE_PARTICIPATION;
        db.insertInto(WAVE_PARTICIPATION, WAVE_PARTICIPATION.WAVE_ID, WAVE_PARTICIPATION.SEGMENT_NAME,
                        WAVE_PARTICIPATION.SEGMENT_VALUE, WAVE_PARTICIPATION.INVITED, WAVE_PARTICIPATION.RESPONDED)
                .select(db.select(p.WAVE_ID, p.CUT_NAME, p.CUT_VALUE, sum(p.INVITED).cast(Integer.class),
                                sum(p.RESPONDED).cast(Integer.class))
                        .from(p).where(p.WAVE_ID.eq(waveId)).and(p.OTHER_NAME.eq(WHOLE))
                        .groupBy(p.WAVE_ID, p.CUT_NAME, p.CUT_VALUE))
                .execute();
        var c = WAVE_CROSS_PARTICIPATION;
        db.insertInto(c, c.WAVE_ID, c.CUT_NAME, c.CUT_VALUE, c.OTHER_NAME, c.OTHER_VALUE, c.INVITED, c.RESPONDED)
                .select(db.select(p.WAVE_ID, p.CUT_NAME, p.CUT_VALUE, p.OTHER_NAME, p.OTHER_VALUE,
                                sum(p.INVITED).cast(Integer.class), sum(p.RESPONDED).cast(Integer.class))
                        .from(p).where(p.WAVE_ID.eq(waveId)).and(p.OTHER_NAME.ne(WHOLE))
                        .groupBy(p.WAVE_ID, p.CUT_NAME, p.CUT_VALUE, p.OTHER_NAME, p.OTHER_VALUE))
                .execute();
        db.deleteFrom(h).where(h.WAVE_ID.eq(waveId)).execute();
        db.deleteFrom(p).where(p.WAVE_ID.eq(waveId)).execute();
    }
}
