package org.barometer.delivery;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.survey.QuestionSets;
import org.barometer.survey.SurveyTokens;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.barometer.jooq.Tables.EMPLOYEE;
import static org.barometer.jooq.Tables.INVITATION;
import static org.barometer.jooq.Tables.OUTBOX_MESSAGE;
import static org.barometer.jooq.Tables.WAVE;

/**
 * Takes a batch of due messages for this instance. {@code FOR UPDATE SKIP LOCKED} keeps two
 * instances from taking the same rows; pushing {@code next_attempt_at} past the lease keeps the
 * batch reserved after this short transaction commits, until it is sent or the lease runs out.
 * A message whose employee has been deactivated since it was queued is not sent: it is marked
 * failed ({@value #NO_LONGER_ACTIVE}), so it shows in the wave's failed count. A reminder to
 * someone who answered since it was queued is dropped: it is no longer needed.
 */
@Singleton
class OutboxClaimer {

    static final String NO_LONGER_ACTIVE = "employee no longer active";

    private final DSLContext db;
    private final SurveyTokens tokens;
    private final QuestionSets sets;
    private final MailSettings settings;
    private final Clock clock;

    OutboxClaimer(DSLContext db, SurveyTokens tokens, QuestionSets sets, MailSettings settings, Clock clock) {
        this.db = db;
        this.tokens = tokens;
        this.sets = sets;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    List<PendingMail> claim() {
        Instant now = clock.instant();
        List<UUID> ids = db.select(OUTBOX_MESSAGE.ID).from(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.STATE.eq("PENDING"))
                .and(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT.le(at(now)))
                .and(OUTBOX_MESSAGE.WAVE_ID.in(DSL.select(WAVE.ID).from(WAVE).where(WAVE.STATUS.eq("OPEN"))))
                .orderBy(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT)
                .limit(settings.claimSize())
                .forUpdate().skipLocked()
                .fetch(OUTBOX_MESSAGE.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        db.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, at(now.plus(settings.lease())))
                .set(OUTBOX_MESSAGE.ATTEMPTS, OUTBOX_MESSAGE.ATTEMPTS.plus(1))
                .where(OUTBOX_MESSAGE.ID.in(ids))
                .execute();
        var rows = db.select(OUTBOX_MESSAGE.ID, OUTBOX_MESSAGE.KIND, OUTBOX_MESSAGE.ATTEMPTS, OUTBOX_MESSAGE.INVITATION_ID,
                        EMPLOYEE.EMAIL, EMPLOYEE.DISPLAY_NAME, EMPLOYEE.ACTIVE, INVITATION.LOCALE, INVITATION.RESPONDED,
                        WAVE.LABEL, WAVE.CLOSES_AT, WAVE.ANONYMITY_THRESHOLD, WAVE.FROZEN_QUESTIONS, WAVE.TEMPLATE_KEY)
                .from(OUTBOX_MESSAGE)
                .join(INVITATION).on(INVITATION.ID.eq(OUTBOX_MESSAGE.INVITATION_ID))
                .join(EMPLOYEE).on(EMPLOYEE.ID.eq(INVITATION.EMPLOYEE_ID))
                .join(WAVE).on(WAVE.ID.eq(OUTBOX_MESSAGE.WAVE_ID))
                .where(OUTBOX_MESSAGE.ID.in(ids))
                .fetch();
        List<UUID> departed = rows.stream().filter(r -> !r.get(EMPLOYEE.ACTIVE)).map(r -> r.get(OUTBOX_MESSAGE.ID)).toList();
        if (!departed.isEmpty()) {
            db.update(OUTBOX_MESSAGE)
                    .set(OUTBOX_MESSAGE.STATE, "FAILED")
                    .set(OUTBOX_MESSAGE.LAST_ERROR, NO_LONGER_ACTIVE)
                    .where(OUTBOX_MESSAGE.ID.in(departed))
                    .execute();
        }
        List<UUID> unneeded = rows.stream().filter(r -> r.get(EMPLOYEE.ACTIVE) && answered(r))
                .map(r -> r.get(OUTBOX_MESSAGE.ID)).toList();
        if (!unneeded.isEmpty()) {
            db.deleteFrom(OUTBOX_MESSAGE).where(OUTBOX_MESSAGE.ID.in(unneeded)).execute();
        }
        var active = rows.stream().filter(r -> r.get(EMPLOYEE.ACTIVE) && !answered(r)).toList();
        Map<UUID, String> minted = tokens.mint(active.stream().map(r -> r.get(OUTBOX_MESSAGE.INVITATION_ID)).toList());
        // A batch is usually one wave: its frozen question set is read once, not once per email.
        Map<String, Integer> questionCounts = new HashMap<>();
        active.forEach(r -> questionCounts.computeIfAbsent(r.get(WAVE.FROZEN_QUESTIONS),
                yaml -> sets.parse(yaml, r.get(WAVE.TEMPLATE_KEY)).questions().size()));
        return active.stream().map(r -> new PendingMail(r.get(OUTBOX_MESSAGE.ID), r.get(OUTBOX_MESSAGE.KIND),
                r.get(OUTBOX_MESSAGE.ATTEMPTS), r.get(EMPLOYEE.EMAIL), r.get(EMPLOYEE.DISPLAY_NAME),
                r.get(INVITATION.LOCALE), r.get(WAVE.LABEL),
                r.get(WAVE.CLOSES_AT) == null ? null : r.get(WAVE.CLOSES_AT).toInstant(),
                r.get(WAVE.ANONYMITY_THRESHOLD), questionCounts.get(r.get(WAVE.FROZEN_QUESTIONS)),
                minted.get(r.get(OUTBOX_MESSAGE.INVITATION_ID)))).toList();
    }

    private static boolean answered(Record reminder) {
        return "REMINDER".equals(reminder.get(OUTBOX_MESSAGE.KIND)) && reminder.get(INVITATION.RESPONDED);
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
