package org.barometer.tally;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.jooq.tables.records.BallotRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static org.barometer.jooq.Tables.BALLOT;
import static org.barometer.jooq.Tables.PROFILE_CROSS_PRODUCT;
import static org.barometer.jooq.Tables.PROFILE_HISTOGRAM;
import static org.barometer.jooq.Tables.RESPONSE;
import static org.barometer.jooq.Tables.RESPONSE_ANSWER;
import static org.barometer.jooq.Tables.WAVE;
import static org.barometer.jooq.Tables.WAVE_PROFILE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.excluded;

/**
 * The ballot box (DESIGN.md, Anonymity §1). A submission's transaction consumes the invitation and
 * drops the answer here, so while it waits the ballot shares that transaction's id with the
 * invitation. A release moves a wave's waiting ballots into the response tables, in one
 * transaction of its own: at least k of them at once, written in a random order (ReleaseOrder)
 * under fresh random ids, counted into the wave's profiles, and deleted here. What is stored then
 * shares one transaction id with k answers or more and no invitation, and its physical order says
 * nothing of the order of answering.
 * <p>
 * A wave's release takes its ballots {@code FOR UPDATE SKIP LOCKED} and gives up, changing
 * nothing, when fewer than k are free: two instances never release a batch under k between them.
 * At closing (in the closing's transaction, which has stopped further submissions) whatever waits
 * is released; when that is fewer than k, k answers already released are drawn at random, deleted
 * and written anew with them, so the last batch too mixes at least k answers (unless the wave
 * never had k). Exactly once: the ballots are deleted in the transaction that writes them.
 */
@Singleton
class BallotBox {

    private static final int CHUNK = 500;

    /** What a release moved: the ballots released, and whether released answers were rewritten with them. */
    record Released(int ballots, boolean remixed) {
        static final Released NONE = new Released(0, false);
    }

    /** One answer on its way into the response tables. */
    private record Answer(UUID profile, String comment, Map<String, Integer> ratings) {
    }

    private final DSLContext db;
    /** The order ballots arrived in, as a database administrator would read it: transaction ids, H2's row keys. */
    private final Field<Long> arrival;
    private final Random random = new SecureRandom();

    BallotBox(DSLContext db) {
        this.db = db;
        this.arrival = db.dialect().family() == SQLDialect.POSTGRES
                ? DSL.field("{0}::text::bigint", Long.class, DSL.field(DSL.name(BALLOT.getName(), "xmin")))
                : DSL.field("_ROWID_", Long.class);
    }

    /** Open waves with at least their threshold of ballots waiting, and closed waves with any left. */
    @Transactional(readOnly = true)
    List<UUID> due() {
        return db.select(BALLOT.WAVE_ID).from(BALLOT).join(WAVE).on(WAVE.ID.eq(BALLOT.WAVE_ID))
                .groupBy(BALLOT.WAVE_ID, WAVE.STATUS, WAVE.ANONYMITY_THRESHOLD)
                .having(count().ge(WAVE.ANONYMITY_THRESHOLD).or(WAVE.STATUS.eq("CLOSED")))
                .fetch(BALLOT.WAVE_ID);
    }

    /**
     * Releases the wave's waiting ballots if at least its threshold of them are free to take (the
     * others are being released by another instance); a closed wave's, whatever their number.
     */
    @Transactional
    Released releaseIfReady(UUID waveId) {
        var wave = db.select(WAVE.STATUS, WAVE.ANONYMITY_THRESHOLD).from(WAVE).where(WAVE.ID.eq(waveId)).fetchOne();
        if (wave == null) {
            return Released.NONE;
        }
        boolean closed = "CLOSED".equals(wave.value1());
        Result<BallotRecord> ballots = db.selectFrom(BALLOT).where(BALLOT.WAVE_ID.eq(waveId)).orderBy(arrival)
                .forUpdate().skipLocked().fetch();
        if (ballots.isEmpty() || !closed && ballots.size() < wave.value2()) {
            return Released.NONE;
        }
        return release(waveId, ballots, closed ? wave.value2() : 0);
    }

    /** At closing, in the closing's transaction: every ballot of the wave, waiting for any being released elsewhere. */
    @Transactional
    Released releaseAll(UUID waveId) {
        int threshold = db.select(WAVE.ANONYMITY_THRESHOLD).from(WAVE).where(WAVE.ID.eq(waveId)).fetchSingle().value1();
        Result<BallotRecord> ballots = db.selectFrom(BALLOT).where(BALLOT.WAVE_ID.eq(waveId)).orderBy(arrival)
                .forUpdate().fetch();
        return ballots.isEmpty() ? Released.NONE : release(waveId, ballots, threshold);
    }

    /** Counts a wave's tally again from its released answers (at closing, once none waits). */
    @Transactional
    void recount(UUID waveId) {
        var profiles = DSL.select(WAVE_PROFILE.ID).from(WAVE_PROFILE).where(WAVE_PROFILE.WAVE_ID.eq(waveId));
        var h = PROFILE_HISTOGRAM;
        db.deleteFrom(h).where(h.PROFILE_ID.in(profiles)).execute();
        db.insertInto(h, h.PROFILE_ID, h.QUESTION_KEY, h.ANSWER, h.N)
                .select(DSL.select(RESPONSE.PROFILE_ID, RESPONSE_ANSWER.QUESTION_KEY, RESPONSE_ANSWER.ANSWER, count())
                        .from(RESPONSE).join(RESPONSE_ANSWER).on(RESPONSE_ANSWER.RESPONSE_ID.eq(RESPONSE.ID))
                        .where(RESPONSE.WAVE_ID.eq(waveId))
                        .groupBy(RESPONSE.PROFILE_ID, RESPONSE_ANSWER.QUESTION_KEY, RESPONSE_ANSWER.ANSWER))
                .execute();
        db.update(WAVE_PROFILE).set(WAVE_PROFILE.RESPONDED, DSL.field(DSL.select(count()).from(RESPONSE)
                        .where(RESPONSE.PROFILE_ID.eq(WAVE_PROFILE.ID))))
                .where(WAVE_PROFILE.WAVE_ID.eq(waveId)).execute();
        crossProducts(waveId, profiles);
    }

    /** Each profile's sum of every pair of questions' products, for the drivers (V17). */
    private void crossProducts(UUID waveId, org.jooq.Select<? extends org.jooq.Record1<UUID>> profiles) {
        var x = PROFILE_CROSS_PRODUCT;
        var a = RESPONSE_ANSWER.as("a");
        var b = RESPONSE_ANSWER.as("b");
        db.deleteFrom(x).where(x.PROFILE_ID.in(profiles)).execute();
        db.insertInto(x, x.PROFILE_ID, x.QUESTION_A, x.QUESTION_B, x.TOTAL)
                .select(DSL.select(RESPONSE.PROFILE_ID, a.QUESTION_KEY, b.QUESTION_KEY,
                                DSL.sum(a.ANSWER.cast(Long.class).mul(b.ANSWER)).cast(Long.class))
                        .from(RESPONSE)
                        .join(a).on(a.RESPONSE_ID.eq(RESPONSE.ID))
                        .join(b).on(b.RESPONSE_ID.eq(RESPONSE.ID).and(a.QUESTION_KEY.lt(b.QUESTION_KEY)))
                        .where(RESPONSE.WAVE_ID.eq(waveId))
                        .groupBy(RESPONSE.PROFILE_ID, a.QUESTION_KEY, b.QUESTION_KEY))
                .execute();
    }

    /** @param mixWith when positive and fewer ballots than this, rewrite this many released answers with them */
    private Released release(UUID waveId, Result<BallotRecord> ballots, int mixWith) {
        List<Answer> batch = new ArrayList<>();
        ballots.forEach(b -> batch.add(new Answer(b.getProfileId(), b.getCommentText(), BallotAnswers.decode(b.getAnswers()))));
        tally(batch);
        boolean remixed = false;
        if (batch.size() < mixWith) {
            List<Answer> released = takeReleased(waveId, mixWith);
            remixed = !released.isEmpty();
            batch.addAll(released);
        }
        write(waveId, ReleaseOrder.of(batch, random));
        List<UUID> ids = ballots.map(BallotRecord::getId);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            db.deleteFrom(BALLOT).where(BALLOT.ID.in(ids.subList(from, Math.min(ids.size(), from + CHUNK)))).execute();
        }
        return new Released(ballots.size(), remixed);
    }

    /** Draws up to {@code n} released answers of the wave at random and deletes them (they are written again). */
    private List<Answer> takeReleased(UUID waveId, int n) {
        List<UUID> drawn = db.select(RESPONSE.ID).from(RESPONSE).where(RESPONSE.WAVE_ID.eq(waveId))
                .orderBy(DSL.rand()).limit(n).fetch(RESPONSE.ID);
        if (drawn.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<String, Integer>> ratings = new TreeMap<>();
        db.select(RESPONSE_ANSWER.RESPONSE_ID, RESPONSE_ANSWER.QUESTION_KEY, RESPONSE_ANSWER.ANSWER).from(RESPONSE_ANSWER)
                .where(RESPONSE_ANSWER.RESPONSE_ID.in(drawn))
                .forEach(r -> ratings.computeIfAbsent(r.value1(), id -> new TreeMap<>()).put(r.value2(), r.value3()));
        List<Answer> answers = db.select(RESPONSE.ID, RESPONSE.PROFILE_ID, RESPONSE.COMMENT_TEXT).from(RESPONSE)
                .where(RESPONSE.ID.in(drawn))
                .fetch(r -> new Answer(r.value2(), r.value3(), ratings.getOrDefault(r.value1(), Map.of())));
        db.deleteFrom(RESPONSE).where(RESPONSE.ID.in(drawn)).execute();
        return answers;
    }

    /** The responses and their ratings, each under a fresh random id, in the given order. */
    private void write(UUID waveId, List<Answer> ordered) {
        for (int from = 0; from < ordered.size(); from += CHUNK) {
            var responses = db.insertInto(RESPONSE, RESPONSE.ID, RESPONSE.WAVE_ID, RESPONSE.PROFILE_ID, RESPONSE.COMMENT_TEXT);
            var ratings = db.insertInto(RESPONSE_ANSWER, RESPONSE_ANSWER.RESPONSE_ID, RESPONSE_ANSWER.QUESTION_KEY,
                    RESPONSE_ANSWER.ANSWER);
            boolean anyRating = false;
            for (Answer answer : ordered.subList(from, Math.min(ordered.size(), from + CHUNK))) {
                UUID id = UUID.randomUUID();
                responses = responses.values(id, waveId, answer.profile(), answer.comment());
                for (var rating : answer.ratings().entrySet()) {
                    ratings = ratings.values(id, rating.getKey(), rating.getValue());
                    anyRating = true;
                }
            }
            responses.execute();
            if (anyRating) {
                ratings.execute();
            }
        }
    }

    /** Adds the answers to their profiles' counts, in key order (two releases lock common rows in the same order). */
    private void tally(List<Answer> answers) {
        Map<UUID, Integer> responded = new TreeMap<>();
        Map<UUID, Map<String, Map<Integer, Integer>>> histograms = new TreeMap<>();
        for (Answer answer : answers) {
            responded.merge(answer.profile(), 1, Integer::sum);
            answer.ratings().forEach((question, rating) -> histograms.computeIfAbsent(answer.profile(), p -> new TreeMap<>())
                    .computeIfAbsent(question, q -> new TreeMap<>()).merge(rating, 1, Integer::sum));
        }
        List<Query> updates = new ArrayList<>();
        responded.forEach((profile, n) -> updates.add(db.update(WAVE_PROFILE)
                .set(WAVE_PROFILE.RESPONDED, WAVE_PROFILE.RESPONDED.plus(n)).where(WAVE_PROFILE.ID.eq(profile))));
        var h = PROFILE_HISTOGRAM;
        histograms.forEach((profile, questions) -> questions.forEach((question, bins) -> bins.forEach((rating, n) ->
                updates.add(db.insertInto(h, h.PROFILE_ID, h.QUESTION_KEY, h.ANSWER, h.N).values(profile, question, rating, n)
                        .onConflict(h.PROFILE_ID, h.QUESTION_KEY, h.ANSWER).doUpdate().set(h.N, h.N.plus(excluded(h.N)))))));
        if (!updates.isEmpty()) {
            db.batch(updates).execute();
        }
    }
}
