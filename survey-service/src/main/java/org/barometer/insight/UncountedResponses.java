package org.barometer.insight;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record7;
import org.jooq.Select;
import org.jooq.SelectForUpdateWaitStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.barometer.jooq.Tables.RESPONSE_ANSWER;
import static org.barometer.jooq.Tables.RESPONSE_ATTRIBUTE;
import static org.barometer.jooq.Tables.RESPONSE_UNCOUNTED;
import static org.barometer.jooq.Tables.WAVE_LIVE_HISTOGRAM;
import static org.barometer.jooq.Tables.WAVE_LIVE_PARTICIPATION;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

/**
 * The responses stored since the live counters were last brought up to date
 * ({@code response_uncounted}), counted in bulk: as rows shaped like the live tables, which live
 * results add to the counters so they stay exact, and folded into the counters by each instance
 * every second and by a wave's closing. Instances fold at the same time without counting a
 * response twice: each takes its batch {@code FOR UPDATE SKIP LOCKED} and deletes it in the same
 * transaction as it counts it.
 */
@Singleton
class UncountedResponses {

    /** Responses per fold: bounds the work of one transaction and how long its row locks are held. */
    static final int BATCH = 2000;
    /** Cells per count, as the live tables: concurrent folds seldom wait on the same row lock. */
    static final int SLOTS = 8;
    private static final String WHOLE = "";
    // jOOQ's type constants, not Java classes: a lookup by class reads a registry SQLDataType fills as it
    // initialises, and the first count, scheduled at start, could read it half filled while another
    // thread initialised it (ExceptionInInitializerError: this class then stayed unusable until restart).
    private static final Field<UUID> WAVE = field(name("wave_id"), SQLDataType.UUID);
    private static final Field<UUID> RESPONSE = field(name("response_id"), SQLDataType.UUID);
    private static final Field<String> SEGMENT_NAME = field(name("segment_name"), SQLDataType.VARCHAR);
    private static final Field<String> SEGMENT_VALUE = field(name("segment_value"), SQLDataType.VARCHAR);
    private static final Field<String> CUT_NAME = field(name("cut_name"), SQLDataType.VARCHAR);
    private static final Field<String> CUT_VALUE = field(name("cut_value"), SQLDataType.VARCHAR);
    private static final Field<String> OTHER_NAME = field(name("other_name"), SQLDataType.VARCHAR);
    private static final Field<String> OTHER_VALUE = field(name("other_value"), SQLDataType.VARCHAR);

    private final DSLContext db;

    UncountedResponses(DSLContext db) {
        this.db = db;
    }

    /** An open wave's histogram counters plus its responses not counted yet, as one table shaped like the counters. */
    Table<?> liveHistogram(UUID waveId) {
        var live = WAVE_LIVE_HISTOGRAM;
        return db.select(live.fields()).from(live).where(live.WAVE_ID.eq(waveId))
                .unionAll(histogram(ofWave(waveId))).asTable("h");
    }

    /** An open wave's participation counters plus its responses not counted yet, as one table shaped like the counters. */
    Table<?> liveParticipation(UUID waveId) {
        var live = WAVE_LIVE_PARTICIPATION;
        return db.select(live.fields()).from(live).where(live.WAVE_ID.eq(waveId))
                .unionAll(participation(ofWave(waveId))).asTable("p");
    }

    /** The uncounted responses of one wave. */
    private static Condition ofWave(UUID waveId) {
        return RESPONSE_UNCOUNTED.WAVE_ID.eq(waveId);
    }

    /**
     * Histogram cells of the uncounted responses that {@code which} picks: wave, segment name and
     * value ('' '' for the whole wave), question, answer, slot 0 and count, grouped.
     */
    private Select<Record7<UUID, String, String, String, Integer, Integer, Long>> histogram(Condition which) {
        var u = RESPONSE_UNCOUNTED;
        var t = RESPONSE_ATTRIBUTE;
        var a = RESPONSE_ANSWER;
        Table<?> segments = select(u.RESPONSE_ID.as(RESPONSE), u.WAVE_ID.as(WAVE), inline(WHOLE).as(SEGMENT_NAME),
                        inline(WHOLE).as(SEGMENT_VALUE)).from(u).where(which)
                .unionAll(select(u.RESPONSE_ID, u.WAVE_ID, t.NAME, t.ATTR_VALUE).from(u)
                        .join(t).on(t.RESPONSE_ID.eq(u.RESPONSE_ID)).where(which).and(t.NAME.ne(WHOLE)))
                .asTable("s");
        return select(segments.field(WAVE), segments.field(SEGMENT_NAME), segments.field(SEGMENT_VALUE),
                a.QUESTION_KEY, a.ANSWER, inline(0).as("slot"), count().cast(SQLDataType.BIGINT).as("n"))
                .from(segments).join(a).on(a.RESPONSE_ID.eq(segments.field(RESPONSE)))
                .groupBy(segments.field(WAVE), segments.field(SEGMENT_NAME), segments.field(SEGMENT_VALUE),
                        a.QUESTION_KEY, a.ANSWER);
    }

    /**
     * Responded counts of the uncounted responses that {@code which} picks, in every cell of
     * {@code wave_live_participation}: the whole wave, each attribute and each pair; invited 0.
     */
    private Select<? extends Record> participation(Condition which) {
        var u = RESPONSE_UNCOUNTED;
        var x = RESPONSE_ATTRIBUTE.as("x");
        var y = RESPONSE_ATTRIBUTE.as("y");
        Table<?> cells = select(u.WAVE_ID.as(WAVE), inline(WHOLE).as(CUT_NAME), inline(WHOLE).as(CUT_VALUE),
                        inline(WHOLE).as(OTHER_NAME), inline(WHOLE).as(OTHER_VALUE)).from(u).where(which)
                .unionAll(select(u.WAVE_ID, x.NAME, x.ATTR_VALUE, inline(WHOLE), inline(WHOLE)).from(u)
                        .join(x).on(x.RESPONSE_ID.eq(u.RESPONSE_ID)).where(which))
                .unionAll(select(u.WAVE_ID, x.NAME, x.ATTR_VALUE, y.NAME, y.ATTR_VALUE).from(u)
                        .join(x).on(x.RESPONSE_ID.eq(u.RESPONSE_ID))
                        .join(y).on(y.RESPONSE_ID.eq(x.RESPONSE_ID).and(y.NAME.ne(x.NAME))).where(which))
                .asTable("c");
        return select(cells.field(WAVE), cells.field(CUT_NAME), cells.field(CUT_VALUE), cells.field(OTHER_NAME),
                cells.field(OTHER_VALUE), inline(0).as("slot"), inline(0L).as("invited"),
                count().cast(SQLDataType.BIGINT).as("responded"))
                .from(cells)
                .groupBy(cells.field(WAVE), cells.field(CUT_NAME), cells.field(CUT_VALUE), cells.field(OTHER_NAME),
                        cells.field(OTHER_VALUE));
    }

    /**
     * Adds one batch of any wave's uncounted responses to the live counters and forgets them, in
     * one transaction; rows another instance is counting at this moment are skipped.
     *
     * @return how many responses were counted; {@value #BATCH} means there may be more
     */
    @Transactional
    int foldNext() {
        return fold(claim(DSL.noCondition()).skipLocked().fetch(RESPONSE_UNCOUNTED.RESPONSE_ID));
    }

    /**
     * Counts every uncounted response of a closing wave, in the closing's transaction. Rows that
     * another instance is folding at this moment are waited for rather than skipped: once it
     * commits they are in the counters, which the closing reads next.
     */
    @Transactional
    void foldAll(UUID waveId) {
        while (fold(claim(ofWave(waveId)).fetch(RESPONSE_UNCOUNTED.RESPONSE_ID)) == BATCH) {
            // A full batch: there may be more.
        }
    }

    /** Locks the next batch of the uncounted responses that {@code which} picks. */
    private SelectForUpdateWaitStep<Record1<UUID>> claim(Condition which) {
        var u = RESPONSE_UNCOUNTED;
        return db.select(u.RESPONSE_ID).from(u).where(which).limit(BATCH).forUpdate();
    }

    private int fold(List<UUID> ids) {
        var u = RESPONSE_UNCOUNTED;
        if (ids.isEmpty()) {
            return 0;
        }
        // One array parameter rather than an IN list of the batch's ids: the statements below name the
        // batch five times, and rendering and binding thousands of parameters cost the service more
        // CPU than the database spent counting.
        Condition batch = u.RESPONSE_ID.eq(any(ids.toArray(UUID[]::new)));
        int slot = ThreadLocalRandom.current().nextInt(SLOTS);
        var h = WAVE_LIVE_HISTOGRAM;
        Table<?> cells = histogram(batch).asTable("n");
        // Rows in key order: two folds that drew the same slot lock their common cells in the same
        // order, so they queue instead of deadlocking.
        db.insertInto(h, h.WAVE_ID, h.SEGMENT_NAME, h.SEGMENT_VALUE, h.QUESTION_KEY, h.ANSWER, h.SLOT, h.N)
                .select(select(cells.field(0, UUID.class), cells.field(1, String.class), cells.field(2, String.class),
                        cells.field(3, String.class), cells.field(4, Integer.class), val(slot), cells.field(6, Long.class))
                        .from(cells).orderBy(cells.field(1), cells.field(2), cells.field(3), cells.field(4)))
                .onConflict(h.WAVE_ID, h.SEGMENT_NAME, h.SEGMENT_VALUE, h.QUESTION_KEY, h.ANSWER, h.SLOT)
                .doUpdate().set(h.N, h.N.plus(excluded(h.N)))
                .execute();
        var p = WAVE_LIVE_PARTICIPATION;
        Table<?> counts = participation(batch).asTable("r");
        db.insertInto(p, p.WAVE_ID, p.CUT_NAME, p.CUT_VALUE, p.OTHER_NAME, p.OTHER_VALUE, p.SLOT, p.INVITED, p.RESPONDED)
                .select(select(counts.field(0, UUID.class), counts.field(1, String.class), counts.field(2, String.class),
                        counts.field(3, String.class), counts.field(4, String.class), val(slot), inline(0L),
                        counts.field(7, Long.class))
                        .from(counts).orderBy(counts.field(1), counts.field(2), counts.field(3), counts.field(4)))
                .onConflict(p.WAVE_ID, p.CUT_NAME, p.CUT_VALUE, p.OTHER_NAME, p.OTHER_VALUE, p.SLOT)
                .doUpdate().set(p.RESPONDED, p.RESPONDED.plus(excluded(p.RESPONDED)))
                .execute();
        db.deleteFrom(u).where(batch).execute();
        return ids.size();
    }
}
