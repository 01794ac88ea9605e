package org.barometer.insight;

import jakarta.inject.Singleton;
import org.barometer.insight.CutCounts.AnswerRow;
import org.barometer.insight.CutCounts.ParticipationRow;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.barometer.jooq.Tables.RESPONSE;
import static org.barometer.jooq.Tables.RESPONSE_ATTRIBUTE;
import static org.barometer.jooq.Tables.WAVE_HISTOGRAM;
import static org.barometer.jooq.Tables.WAVE_LIVE_HISTOGRAM;
import static org.barometer.jooq.Tables.WAVE_LIVE_PARTICIPATION;
import static org.barometer.jooq.Tables.WAVE_PARTICIPATION;
import static org.jooq.impl.DSL.sum;

/**
 * Histograms and participation counts of waves, one GROUP BY per table and view: live from the
 * counters an open wave's submissions keep, or from the aggregates a closed wave stored.
 */
@Singleton
class ResultQueries {

    /** The segment name of the whole wave in the aggregate tables. */
    static final String WHOLE = "";

    private final DSLContext db;
    private final UncountedResponses uncounted;

    ResultQueries(DSLContext db, UncountedResponses uncounted) {
        this.db = db;
        this.uncounted = uncounted;
    }

    /**
     * Counts an open wave from the live counters kept by its opening, invite-new and submissions;
     * {@code by} null means uncut.
     */
    CutCounts live(UUID waveId, String by) {
        List<AnswerRow> answers = liveAnswers(waveId, by);
        var live = WAVE_LIVE_PARTICIPATION;
        Table<?> p = uncounted.liveParticipation(waveId);
        Field<String> cut = p.field(live.CUT_NAME);
        Field<String> value = p.field(live.CUT_VALUE);
        List<ParticipationRow> participation = db.select(cut, value, sum(p.field(live.INVITED)),
                        sum(p.field(live.RESPONDED)))
                .from(p)
                .where(p.field(live.OTHER_NAME).eq(WHOLE))
                .and(by == null ? cut.eq(WHOLE) : cut.in(WHOLE, by))
                .groupBy(cut, value)
                .fetch(r -> new ParticipationRow(WHOLE.equals(r.value1()) ? null : r.value2(),
                        r.value3().longValue(), r.value4().longValue()));
        // People without a value for `by` are in the whole wave's row only.
        return CutCounts.of(answers.stream().filter(r -> r.segment() == null).toList(),
                participation.stream().filter(r -> r.segment() == null).toList(),
                answers.stream().filter(r -> r.segment() != null).toList(),
                participation.stream().filter(r -> r.segment() != null).toList());
    }

    /** The whole wave's cells (segment null) and, unless uncut, those of each value of {@code by}, summed over slots. */
    private List<AnswerRow> liveAnswers(UUID waveId, String by) {
        var live = WAVE_LIVE_HISTOGRAM;
        Table<?> h = uncounted.liveHistogram(waveId);
        Field<String> name = h.field(live.SEGMENT_NAME);
        Field<String> value = h.field(live.SEGMENT_VALUE);
        Field<String> question = h.field(live.QUESTION_KEY);
        Field<Integer> answer = h.field(live.ANSWER);
        return db.select(name, value, question, answer, sum(h.field(live.N)))
                .from(h)
                .where(by == null ? name.eq(WHOLE) : name.in(WHOLE, by))
                .groupBy(name, value, question, answer)
                .fetch(r -> new AnswerRow(WHOLE.equals(r.value1()) ? null : r.value2(), r.value3(), r.value4(),
                        r.value5().longValue()));
    }

    /**
     * Reads the stored aggregates of closed waves. A wave that stored none (closed before they
     * existed) is absent from the result.
     *
     * @param question only this question, or null for all
     */
    Map<UUID, CutCounts> stored(Collection<UUID> waveIds, String by, String question) {
        Condition names = by == null ? WAVE_HISTOGRAM.SEGMENT_NAME.eq(WHOLE) : WAVE_HISTOGRAM.SEGMENT_NAME.in(WHOLE, by);
        Condition questions = question == null ? DSL.noCondition() : WAVE_HISTOGRAM.QUESTION_KEY.eq(question);
        Map<UUID, List<AnswerRow>> answers = new HashMap<>();
        db.select(WAVE_HISTOGRAM.WAVE_ID, WAVE_HISTOGRAM.SEGMENT_NAME, WAVE_HISTOGRAM.SEGMENT_VALUE,
                        WAVE_HISTOGRAM.QUESTION_KEY, WAVE_HISTOGRAM.ANSWER, WAVE_HISTOGRAM.N)
                .from(WAVE_HISTOGRAM)
                .where(WAVE_HISTOGRAM.WAVE_ID.in(waveIds)).and(names).and(questions)
                .forEach(r -> answers.computeIfAbsent(r.value1(), w -> new java.util.ArrayList<>())
                        .add(new AnswerRow(WHOLE.equals(r.value2()) ? null : r.value3(), r.value4(), r.value5(), r.value6())));
        Map<UUID, List<ParticipationRow>> participation = new HashMap<>();
        db.select(WAVE_PARTICIPATION.WAVE_ID, WAVE_PARTICIPATION.SEGMENT_NAME, WAVE_PARTICIPATION.SEGMENT_VALUE,
                        WAVE_PARTICIPATION.INVITED, WAVE_PARTICIPATION.RESPONDED)
                .from(WAVE_PARTICIPATION)
                .where(WAVE_PARTICIPATION.WAVE_ID.in(waveIds))
                .and(by == null ? WAVE_PARTICIPATION.SEGMENT_NAME.eq(WHOLE) : WAVE_PARTICIPATION.SEGMENT_NAME.in(WHOLE, by))
                .forEach(r -> participation.computeIfAbsent(r.value1(), w -> new java.util.ArrayList<>())
                        .add(new ParticipationRow(WHOLE.equals(r.value2()) ? null : r.value3(), r.value4(), r.value5())));
        Map<UUID, CutCounts> counts = new HashMap<>();
        participation.forEach((waveId, rows) -> {
            List<AnswerRow> waveAnswers = answers.getOrDefault(waveId, List.of());
            counts.put(waveId, CutCounts.of(
                    waveAnswers.stream().filter(r -> r.segment() == null).toList(),
                    rows.stream().filter(r -> r.segment() == null).toList(),
                    waveAnswers.stream().filter(r -> r.segment() != null).toList(),
                    rows.stream().filter(r -> r.segment() != null).toList()));
        });
        return counts;
    }

    /** The comments of a wave with the value of {@code by} of each (null without a value or uncut). */
    List<Comment> comments(UUID waveId, String by) {
        if (by == null) {
            return db.select(RESPONSE.COMMENT_TEXT).from(RESPONSE)
                    .where(RESPONSE.WAVE_ID.eq(waveId)).and(RESPONSE.COMMENT_TEXT.isNotNull())
                    .fetch(r -> new Comment(null, r.value1()));
        }
        return db.select(RESPONSE_ATTRIBUTE.ATTR_VALUE, RESPONSE.COMMENT_TEXT).from(RESPONSE)
                .leftJoin(RESPONSE_ATTRIBUTE).on(RESPONSE_ATTRIBUTE.RESPONSE_ID.eq(RESPONSE.ID)
                        .and(RESPONSE_ATTRIBUTE.NAME.eq(by)))
                .where(RESPONSE.WAVE_ID.eq(waveId)).and(RESPONSE.COMMENT_TEXT.isNotNull())
                .fetch(r -> new Comment(r.value1(), r.value2()));
    }

    record Comment(String segment, String text) {
    }
}
