package org.barometer.delivery;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.survey.DeliveryProgress;
import org.jooq.DSLContext;

import java.util.UUID;

import static org.barometer.jooq.Tables.OUTBOX_MESSAGE;
import static org.barometer.jooq.Tables.WAVE;

@Singleton
class OutboxProgress implements DeliveryProgress {

    private final OutboxRepository outbox;
    private final DSLContext db;

    OutboxProgress(OutboxRepository outbox, DSLContext db) {
        this.outbox = outbox;
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public EmailCounts countsFor(UUID waveId) {
        var kept = db.select(WAVE.EMAILS_SENT, WAVE.EMAILS_FAILED).from(WAVE)
                .where(WAVE.ID.eq(waveId)).and(WAVE.EMAILS_SENT.isNotNull()).fetchOne();
        if (kept != null) {
            return new EmailCounts(0, kept.value1(), kept.value2());
        }
        return new EmailCounts(outbox.countByWaveIdAndState(waveId, "PENDING"),
                outbox.countByWaveIdAndState(waveId, "SENT"),
                outbox.countByWaveIdAndState(waveId, "FAILED"));
    }

    /**
     * Takes the wave's emails first, waiting for any a sender holds (a sender locks its email, then
     * the invitation as it mints the link's token): deleting the invitations first would take the
     * two locks in the other order, and the two transactions would deadlock. Then the counts are
     * final, and the emails go.
     */
    @Override
    @Transactional
    public void keepFinalCounts(UUID waveId) {
        db.select(OUTBOX_MESSAGE.ID).from(OUTBOX_MESSAGE).where(OUTBOX_MESSAGE.WAVE_ID.eq(waveId)).forUpdate().fetch();
        long sent = outbox.countByWaveIdAndState(waveId, "SENT");
        long notSent = outbox.countByWaveIdAndState(waveId, "FAILED") + outbox.countByWaveIdAndState(waveId, "PENDING");
        db.update(WAVE).set(WAVE.EMAILS_SENT, Math.toIntExact(sent)).set(WAVE.EMAILS_FAILED, Math.toIntExact(notSent))
                .where(WAVE.ID.eq(waveId)).execute();
        db.deleteFrom(OUTBOX_MESSAGE).where(OUTBOX_MESSAGE.WAVE_ID.eq(waveId)).execute();
    }
}
