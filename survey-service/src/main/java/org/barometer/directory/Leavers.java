package org.barometer.directory;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.barometer.jooq.Tables.EMPLOYEE;
import static org.barometer.jooq.Tables.INVITATION;
import static org.jooq.impl.DSL.selectOne;

/**
 * The directory entries of people who left the staff list, erased once they have been gone long
 * enough (BAROMETER_LEAVER_RETENTION): their attributes go with them (cascade). An entry still
 * invited to a wave is kept until that wave closes (a closed wave has no invitation left,
 * survey's ClosingPurge): deleting it would take the invitation and its emails, and change the
 * open wave's email counts under HR's eyes. Nothing else points to an employee: answers never did.
 */
@Singleton
public class Leavers {

    private final DSLContext db;

    Leavers(DSLContext db) {
        this.db = db;
    }

    /**
     * Idempotent, so every instance may run it: of two at once, the second finds nothing left.
     *
     * @return how many entries this call erased
     */
    @Transactional
    public int eraseLeftBefore(Instant leftBefore) {
        return db.deleteFrom(EMPLOYEE)
                .where(EMPLOYEE.ACTIVE.isFalse())
                .and(EMPLOYEE.DEACTIVATED_AT.lt(leftBefore.atOffset(ZoneOffset.UTC)))
                .andNotExists(selectOne().from(INVITATION).where(INVITATION.EMPLOYEE_ID.eq(EMPLOYEE.ID)))
                .execute();
    }
}
