package org.barometer.tally;

import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.barometer.jooq.Tables.BALLOT;
import static org.barometer.jooq.Tables.PROFILE_CROSS_PRODUCT;
import static org.barometer.jooq.Tables.PROFILE_HISTOGRAM;
import static org.barometer.jooq.Tables.RESPONSE;
import static org.barometer.jooq.Tables.WAVE;
import static org.barometer.jooq.Tables.WAVE_PROFILE;
import static org.barometer.jooq.Tables.WAVE_PROFILE_ATTRIBUTE;
import static org.barometer.jooq.Tables.WAVE_SEGMENT;
import static org.jooq.impl.DSL.count;

/**
 * Reads the tally of waves: one query per table for any number of waves, a few rows per profile
 * whatever the number of answers. Callers run inside a (read-only) transaction.
 */
@Singleton
class ProfileCounts {

    private final DSLContext db;

    ProfileCounts(DSLContext db) {
        this.db = db;
    }

    /**
     * @param question only this question's histograms, or null for all
     */
    /** Closed waves only: an open wave's profiles have no products (its answers wait or are partly released). */
    Map<UUID, Map<String, Long>> crossProducts(UUID waveId) {
        var x = PROFILE_CROSS_PRODUCT;
        Map<UUID, Map<String, Long>> products = new HashMap<>();
        db.select(x.PROFILE_ID, x.QUESTION_A, x.QUESTION_B, x.TOTAL).from(x).join(WAVE_PROFILE).on(WAVE_PROFILE.ID.eq(x.PROFILE_ID))
                .join(WAVE).on(WAVE.ID.eq(WAVE_PROFILE.WAVE_ID))
                .where(WAVE_PROFILE.WAVE_ID.eq(waveId).and(WAVE.STATUS.eq("CLOSED")))
                .forEach(r -> products.computeIfAbsent(r.value1(), p -> new TreeMap<>()).put(r.value2() + "|" + r.value3(), r.value4()));
        return products;
    }

    Map<UUID, Tally.WaveCounts> counts(Collection<UUID> waveIds, String question) {
        Map<UUID, Boolean> closed = new HashMap<>();
        db.select(WAVE.ID, WAVE.STATUS).from(WAVE).where(WAVE.ID.in(waveIds))
                .forEach(r -> closed.put(r.value1(), "CLOSED".equals(r.value2())));
        Set<UUID> closedIds = closed.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
        Map<UUID, Map<String, String>> tuples = new HashMap<>();
        db.select(WAVE_PROFILE_ATTRIBUTE.PROFILE_ID, WAVE_PROFILE_ATTRIBUTE.NAME, WAVE_PROFILE_ATTRIBUTE.ATTR_VALUE)
                .from(WAVE_PROFILE_ATTRIBUTE).join(WAVE_PROFILE).on(WAVE_PROFILE.ID.eq(WAVE_PROFILE_ATTRIBUTE.PROFILE_ID))
                .where(WAVE_PROFILE.WAVE_ID.in(waveIds))
                .forEach(r -> tuples.computeIfAbsent(r.value1(), p -> new TreeMap<>()).put(r.value2(), r.value3()));
        Map<UUID, Map<String, Map<Integer, Long>>> histograms = histograms(closedIds, question);
        Map<UUID, Long> waiting = new HashMap<>();
        db.select(BALLOT.PROFILE_ID, count()).from(BALLOT).where(BALLOT.WAVE_ID.in(waveIds)).groupBy(BALLOT.PROFILE_ID)
                .forEach(r -> waiting.put(r.value1(), r.value2().longValue()));
        Map<UUID, List<Tally.Profile>> profiles = new HashMap<>();
        db.select(WAVE_PROFILE.ID, WAVE_PROFILE.WAVE_ID, WAVE_PROFILE.INVITED, WAVE_PROFILE.RESPONDED).from(WAVE_PROFILE)
                .where(WAVE_PROFILE.WAVE_ID.in(waveIds)).orderBy(WAVE_PROFILE.ID)
                .forEach(r -> profiles.computeIfAbsent(r.value2(), w -> new java.util.ArrayList<>()).add(new Tally.Profile(
                        r.value1(), tuples.getOrDefault(r.value1(), Map.of()), r.value3(),
                        r.value4() + waiting.getOrDefault(r.value1(), 0L),
                        histograms.getOrDefault(r.value1(), Map.of()))));
        Map<UUID, Map<String, Map<String, Long>>> segments = new HashMap<>();
        db.select(WAVE_SEGMENT.WAVE_ID, WAVE_SEGMENT.NAME, WAVE_SEGMENT.ATTR_VALUE, WAVE_SEGMENT.INVITED).from(WAVE_SEGMENT)
                .where(WAVE_SEGMENT.WAVE_ID.in(waveIds))
                .forEach(r -> segments.computeIfAbsent(r.value1(), w -> new TreeMap<>())
                        .computeIfAbsent(r.value2(), n -> new TreeMap<>()).put(r.value3(), r.value4().longValue()));
        Map<UUID, Tally.WaveCounts> result = new HashMap<>();
        closed.forEach((waveId, isClosed) -> result.put(waveId, new Tally.WaveCounts(waveId, isClosed,
                profiles.getOrDefault(waveId, List.of()), segments.getOrDefault(waveId, Map.of()))));
        return result;
    }

    /** Closed waves' histograms by profile; an open wave's are never read (they publish none until closed). */
    private Map<UUID, Map<String, Map<Integer, Long>>> histograms(Set<UUID> closedWaves, String question) {
        Map<UUID, Map<String, Map<Integer, Long>>> histograms = new HashMap<>();
        if (closedWaves.isEmpty()) {
            return histograms;
        }
        Condition which = question == null ? DSL.noCondition() : PROFILE_HISTOGRAM.QUESTION_KEY.eq(question);
        db.select(PROFILE_HISTOGRAM.PROFILE_ID, PROFILE_HISTOGRAM.QUESTION_KEY, PROFILE_HISTOGRAM.ANSWER, PROFILE_HISTOGRAM.N)
                .from(PROFILE_HISTOGRAM).join(WAVE_PROFILE).on(WAVE_PROFILE.ID.eq(PROFILE_HISTOGRAM.PROFILE_ID))
                .where(WAVE_PROFILE.WAVE_ID.in(closedWaves)).and(which)
                .forEach(r -> histograms.computeIfAbsent(r.value1(), p -> new TreeMap<>())
                        .computeIfAbsent(r.value2(), q -> new TreeMap<>()).put(r.value3(), r.value4().longValue()));
        return histograms;
    }

    /** A closed wave's comments with their profile; none for an open wave. */
    List<Tally.Comment> comments(UUID waveId) {
        return db.select(RESPONSE.PROFILE_ID, RESPONSE.COMMENT_TEXT).from(RESPONSE).join(WAVE).on(WAVE.ID.eq(RESPONSE.WAVE_ID))
                .where(RESPONSE.WAVE_ID.eq(waveId)).and(WAVE.STATUS.eq("CLOSED")).and(RESPONSE.COMMENT_TEXT.isNotNull())
                .fetch(r -> new Tally.Comment(r.value1(), r.value2()));
    }
}
