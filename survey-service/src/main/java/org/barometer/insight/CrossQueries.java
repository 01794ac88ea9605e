package org.barometer.insight;

import jakarta.inject.Singleton;
import org.barometer.analytics.anonymity.Participation;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.barometer.jooq.Tables.WAVE_CROSS_PARTICIPATION;
import static org.barometer.jooq.Tables.WAVE_LIVE_PARTICIPATION;
import static org.barometer.jooq.Tables.WAVE_PARTICIPATION;
import static org.jooq.impl.DSL.sum;

/**
 * How the people of one cut spread over the other attributes of a wave ({@link OtherCut}), for
 * {@link CrossSuppression}: from the live counters of an open wave, or what a closed wave stored
 * (WaveAggregates).
 */
@Singleton
class CrossQueries {

    private static final String NONE = "";

    private final DSLContext db;
    private final UncountedResponses uncounted;

    CrossQueries(DSLContext db, UncountedResponses uncounted) {
        this.db = db;
        this.uncounted = uncounted;
    }

    /** The other cuts of an open wave, seen from attribute {@code by}, from its live counters. */
    Map<String, OtherCut> live(UUID waveId, String by) {
        Builder builder = new Builder();
        var live = WAVE_LIVE_PARTICIPATION;
        Table<?> p = uncounted.liveParticipation(waveId);
        Field<String> cut = p.field(live.CUT_NAME);
        Field<String> value = p.field(live.CUT_VALUE);
        Field<String> other = p.field(live.OTHER_NAME);
        Field<String> otherValue = p.field(live.OTHER_VALUE);
        db.select(cut, value, other, otherValue, sum(p.field(live.INVITED)), sum(p.field(live.RESPONDED)))
                .from(p)
                .where(other.eq(NONE).and(cut.notIn(NONE, by)).or(cut.eq(by).and(other.ne(NONE))))
                .groupBy(cut, value, other, otherValue)
                .forEach(r -> {
                    if (NONE.equals(r.value3())) {
                        builder.total(r.value1(), r.value2(), r.value5().longValue(), r.value6().longValue());
                    } else {
                        builder.spread(r.value3(), r.value2(), r.value4(), r.value5().longValue(), r.value6().longValue());
                    }
                });
        return builder.build();
    }

    /** The other cuts of closed waves, from what they stored; a wave that stored none is absent. */
    Map<UUID, Map<String, OtherCut>> stored(Collection<UUID> waveIds, String by) {
        Map<UUID, Builder> builders = new HashMap<>();
        db.select(WAVE_CROSS_PARTICIPATION.WAVE_ID, WAVE_CROSS_PARTICIPATION.OTHER_NAME, WAVE_CROSS_PARTICIPATION.CUT_VALUE,
                        WAVE_CROSS_PARTICIPATION.OTHER_VALUE, WAVE_CROSS_PARTICIPATION.INVITED,
                        WAVE_CROSS_PARTICIPATION.RESPONDED)
                .from(WAVE_CROSS_PARTICIPATION)
                .where(WAVE_CROSS_PARTICIPATION.WAVE_ID.in(waveIds)).and(WAVE_CROSS_PARTICIPATION.CUT_NAME.eq(by))
                .forEach(r -> builders.computeIfAbsent(r.value1(), w -> new Builder())
                        .spread(r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
        db.select(WAVE_PARTICIPATION.WAVE_ID, WAVE_PARTICIPATION.SEGMENT_NAME, WAVE_PARTICIPATION.SEGMENT_VALUE,
                        WAVE_PARTICIPATION.INVITED, WAVE_PARTICIPATION.RESPONDED)
                .from(WAVE_PARTICIPATION)
                .where(WAVE_PARTICIPATION.WAVE_ID.in(waveIds))
                .and(WAVE_PARTICIPATION.SEGMENT_NAME.notIn(ResultQueries.WHOLE, by))
                .forEach(r -> builders.computeIfAbsent(r.value1(), w -> new Builder())
                        .total(r.value2(), r.value3(), r.value4(), r.value5()));
        Map<UUID, Map<String, OtherCut>> result = new HashMap<>();
        builders.forEach((waveId, builder) -> result.put(waveId, builder.build()));
        return result;
    }

    private static final class Builder {
        private final Map<String, Map<String, Participation>> totals = new HashMap<>();
        private final Map<String, Map<String, Map<String, Participation>>> spreads = new HashMap<>();

        void total(String name, String value, long invited, long responded) {
            totals.computeIfAbsent(name, n -> new HashMap<>()).put(value, new Participation(invited, responded));
        }

        void spread(String name, String cutValue, String otherValue, long invited, long responded) {
            spreads.computeIfAbsent(name, n -> new HashMap<>()).computeIfAbsent(cutValue, v -> new HashMap<>())
                    .put(otherValue, new Participation(invited, responded));
        }

        Map<String, OtherCut> build() {
            Map<String, OtherCut> cuts = new HashMap<>();
            totals.forEach((name, values) -> cuts.put(name,
                    new OtherCut(name, values, spreads.getOrDefault(name, Map.of()))));
            return cuts;
        }
    }
}
