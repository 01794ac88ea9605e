package org.barometer.delivery;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import static org.barometer.jooq.Tables.EMPLOYEE;
import static org.barometer.jooq.Tables.INVITATION;
import static org.barometer.jooq.Tables.WAVE;
import static org.barometer.jooq.Tables.WAVE_REMINDER;

/**
 * Queues a reminder to each invitee who has not answered, when a wave's reminder round is due.
 * Only the server decides who: the {@code responded} flag, read here and nowhere else, and the
 * employee still active. A round is taken by a conditional update ({@code queued_at IS NULL}):
 * of two instances, the second waits for the first's row lock, then finds the round taken.
 */
@Singleton
class Reminders {

    private final DSLContext db;
    private final OutboxWriter outbox;
    private final Clock clock;

    Reminders(DSLContext db, OutboxWriter outbox, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Open waves with a reminder round due and not yet queued. */
    @Transactional(readOnly = true)
    List<UUID> dueWaves() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return db.selectDistinct(WAVE_REMINDER.WAVE_ID).from(WAVE_REMINDER)
                .join(WAVE).on(WAVE.ID.eq(WAVE_REMINDER.WAVE_ID))
                .where(WAVE_REMINDER.QUEUED_AT.isNull()).and(WAVE_REMINDER.DUE_AT.le(now))
                .and(WAVE.STATUS.eq("OPEN")).and(WAVE.CLOSES_AT.gt(now))
                .fetch(WAVE_REMINDER.WAVE_ID);
    }

    /**
     * Takes every due round of the wave and queues one reminder per non-respondent. Rounds missed
     * while the service was down are taken together and send one reminder, not one per round.
     *
     * @return the reminders queued, empty when another instance took the rounds
     */
    @Transactional
    OptionalInt queue(UUID waveId) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int rounds = db.update(WAVE_REMINDER).set(WAVE_REMINDER.QUEUED_AT, now)
                .where(WAVE_REMINDER.WAVE_ID.eq(waveId)).and(WAVE_REMINDER.QUEUED_AT.isNull())
                .and(WAVE_REMINDER.DUE_AT.le(now))
                .execute();
        if (rounds == 0) {
            return OptionalInt.empty();
        }
        List<UUID> unanswered = db.select(INVITATION.ID).from(INVITATION)
                .join(EMPLOYEE).on(EMPLOYEE.ID.eq(INVITATION.EMPLOYEE_ID))
                .where(INVITATION.WAVE_ID.eq(waveId)).and(INVITATION.RESPONDED.isFalse()).and(EMPLOYEE.ACTIVE.isTrue())
                .fetch(INVITATION.ID);
        outbox.queue(waveId, unanswered, "REMINDER");
        return OptionalInt.of(unanswered.size());
    }
}
