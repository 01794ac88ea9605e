package org.barometer.respond;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.barometer.jooq.Tables.RESPONSE_ANSWER;
import static org.barometer.jooq.Tables.RESPONSE_ATTRIBUTE;
import static org.barometer.jooq.Tables.WAVE_LIVE_HISTOGRAM;
import static org.barometer.jooq.Tables.WAVE_LIVE_PARTICIPATION;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

/**
 * Adds a stored response to the live counters of its wave, in the submission's transaction:
 * {@code wave_live_histogram} ((1 + attributes) × questions cells) and the responded side of
 * {@code wave_live_participation} (the whole wave, each attribute, each pair), two upserts read
 * from the answers and attributes just written, nothing read into memory.
 */
@Singleton
class LiveCounters {

    /** Cells per count; more slots, fewer waits between simultaneous submissions, more rows to sum. */
    static final int SLOTS = 8;
    /** The segment name and value of the whole wave, as in {@code wave_histogram}. */
    private static final String WHOLE = "";

    private static final Field<String> SEGMENT_NAME = field(name("s", "segment_name"), String.class);
    private static final Field<String> SEGMENT_VALUE = field(name("s", "segment_value"), String.class);

    private final DSLContext db;

    LiveCounters(DSLContext db) {
        this.db = db;
    }

    void add(UUID waveId, UUID responseId) {
        var h = WAVE_LIVE_HISTOGRAM;
        Table<?> segments = select(inline(WHOLE).as("segment_name"), inline(WHOLE).as("segment_value"))
                .unionAll(select(RESPONSE_ATTRIBUTE.NAME, RESPONSE_ATTRIBUTE.ATTR_VALUE).from(RESPONSE_ATTRIBUTE)
                        .where(RESPONSE_ATTRIBUTE.RESPONSE_ID.eq(responseId)).and(RESPONSE_ATTRIBUTE.NAME.ne(WHOLE)))
                .asTable("s");
        // Rows in key order: two submissions that drew the same slot lock their common cells in the
        // same order, so they queue instead of deadlocking.
        db.insertInto(h, h.WAVE_ID, h.SEGMENT_NAME, h.SEGMENT_VALUE, h.QUESTION_KEY, h.ANSWER, h.SLOT, h.N)
                .select(select(val(waveId), SEGMENT_NAME, SEGMENT_VALUE, RESPONSE_ANSWER.QUESTION_KEY,
                                RESPONSE_ANSWER.ANSWER, val(ThreadLocalRandom.current().nextInt(SLOTS)), inline(1L))
                        .from(RESPONSE_ANSWER).crossJoin(segments)
                        .where(RESPONSE_ANSWER.RESPONSE_ID.eq(responseId))
                        .orderBy(SEGMENT_NAME, SEGMENT_VALUE, RESPONSE_ANSWER.QUESTION_KEY))
                .onConflict(h.WAVE_ID, h.SEGMENT_NAME, h.SEGMENT_VALUE, h.QUESTION_KEY, h.ANSWER, h.SLOT)
                .doUpdate().set(h.N, h.N.plus(1))
                .execute();
        countResponded(waveId, responseId);
    }

    /** One more respondent in the whole wave, each of the response's segments and each pair of them. */
    private void countResponded(UUID waveId, UUID responseId) {
        var p = WAVE_LIVE_PARTICIPATION;
        var a = RESPONSE_ATTRIBUTE.as("a");
        var b = RESPONSE_ATTRIBUTE.as("b");
        Table<?> cells = select(inline(WHOLE).as("cut_name"), inline(WHOLE).as("cut_value"),
                        inline(WHOLE).as("other_name"), inline(WHOLE).as("other_value"))
                .unionAll(select(a.NAME, a.ATTR_VALUE, inline(WHOLE), inline(WHOLE)).from(a)
                        .where(a.RESPONSE_ID.eq(responseId)))
                .unionAll(select(a.NAME, a.ATTR_VALUE, b.NAME, b.ATTR_VALUE).from(a)
                        .join(b).on(b.RESPONSE_ID.eq(a.RESPONSE_ID).and(b.NAME.ne(a.NAME)))
                        .where(a.RESPONSE_ID.eq(responseId)))
                .asTable("c");
        Field<String> cutName = field(name("c", "cut_name"), String.class);
        Field<String> cutValue = field(name("c", "cut_value"), String.class);
        Field<String> otherName = field(name("c", "other_name"), String.class);
        Field<String> otherValue = field(name("c", "other_value"), String.class);
        db.insertInto(p, p.WAVE_ID, p.CUT_NAME, p.CUT_VALUE, p.OTHER_NAME, p.OTHER_VALUE, p.SLOT, p.INVITED, p.RESPONDED)
                .select(select(val(waveId), cutName, cutValue, otherName, otherValue,
                        val(ThreadLocalRandom.current().nextInt(SLOTS)), inline(0L), inline(1L))
                        .from(cells).orderBy(cutName, cutValue, otherName, otherValue))
                .onConflict(p.WAVE_ID, p.CUT_NAME, p.CUT_VALUE, p.OTHER_NAME, p.OTHER_VALUE, p.SLOT)
                .doUpdate().set(p.RESPONDED, p.RESPONDED.plus(1))
                .execute();
    }
}
