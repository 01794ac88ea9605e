package org.barometer.survey;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static org.barometer.jooq.Tables.WAVE;

/** A program's calendar, and the quarters it already holds a wave for. */
@Singleton
class ProgramCalendar {

    private final DSLContext db;
    private final LocalTime openTime;

    ProgramCalendar(DSLContext db, @Value("${barometer.schedule.open-hour:9}") int openHour) {
        this.db = db;
        this.openTime = LocalTime.of(openHour, 0);
    }

    QuarterlySchedule of(Program program) {
        return new QuarterlySchedule(program.openOn(), program.openDays(), ZoneId.of(program.timezone()), openTime);
    }

    /** Labels of the program's waves (in the caller's transaction). */
    Set<String> heldLabels(UUID programId) {
        return db.select(WAVE.LABEL).from(WAVE).where(WAVE.PROGRAM_ID.eq(programId)).fetchSet(WAVE.LABEL);
    }
}
