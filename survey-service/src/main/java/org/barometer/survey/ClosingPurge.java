package org.barometer.survey;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.barometer.system.Vacuum;
import org.jooq.DSLContext;

import java.time.Duration;

import static org.barometer.jooq.Tables.INVITATION;
import static org.barometer.jooq.Tables.WAVE_REMINDER;

/**
 * A closed wave forgets who was invited to it: in the closing's transaction the delivery module
 * keeps the email counts on the wave and deletes its emails (first, in the order a sender locks
 * them), then its invitations are deleted (their tokens by cascade) with its reminder rounds. Nothing needs them any more: no answer is taken,
 * no reminder sent, and every figure is a sum over the wave's profiles (tally), whose release at
 * closing reads no invitation. A link opened afterwards is unknown.
 */
@Singleton
class ClosingPurge {

    private final DSLContext db;
    private final DeliveryProgress delivery;
    private final Vacuum vacuum;
    private final TaskScheduler scheduler;

    ClosingPurge(DSLContext db, DeliveryProgress delivery, Vacuum vacuum,
                 @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.db = db;
        this.delivery = delivery;
        this.vacuum = vacuum;
        this.scheduler = scheduler;
    }

    @EventListener
    void onWaveClosed(WaveClosed event) {
        delivery.keepFinalCounts(event.waveId());
        db.deleteFrom(WAVE_REMINDER).where(WAVE_REMINDER.WAVE_ID.eq(event.waveId())).execute();
        db.deleteFrom(INVITATION).where(INVITATION.WAVE_ID.eq(event.waveId())).execute();
    }

    /** Deleted rows stay readable in PostgreSQL's pages until vacuumed (system.Vacuum). */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void afterWaveClosed(WaveClosed event) {
        scheduler.schedule(Duration.ZERO, () -> vacuum.tables("outbox_message", "invitation_token", "invitation"));
    }
}
