package org.barometer.survey;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.barometer.jooq.Tables.PROGRAM;
import static org.barometer.jooq.Tables.WAVE;
import static org.barometer.jooq.Tables.WAVE_REMINDER;

/**
 * Opens a program's wave when its quarter's opening time has come. The program's row is locked
 * for the whole opening ({@code FOR UPDATE SKIP LOCKED}): another instance looking at the same
 * moment skips it, then finds the quarter held. The unique (program, label) key backs this up.
 */
@Singleton
class ProgramWaves {

    /** A wave opened by the scheduler. */
    record Opened(UUID programId, UUID waveId, String label, int invited) {
    }

    private final ProgramRepository programs;
    private final ProgramCalendar calendar;
    private final WaveService waves;
    private final ThresholdRange thresholds;
    private final DSLContext db;
    private final Clock clock;

    ProgramWaves(ProgramRepository programs, ProgramCalendar calendar, WaveService waves, ThresholdRange thresholds,
                 DSLContext db, Clock clock) {
        this.programs = programs;
        this.calendar = calendar;
        this.waves = waves;
        this.thresholds = thresholds;
        this.db = db;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<UUID> activePrograms() {
        return programs.findIdByPausedFalse();
    }

    /**
     * Creates and opens the program's wave of the current quarter if it is due: the program's
     * settings of this moment are copied onto it (template frozen, threshold, audience, closing
     * time, reminder rounds still ahead).
     */
    @Transactional
    Optional<Opened> openIfDue(UUID programId) {
        boolean locked = db.select(PROGRAM.ID).from(PROGRAM).where(PROGRAM.ID.eq(programId)).and(PROGRAM.PAUSED.isFalse())
                .forUpdate().skipLocked().fetchOptional().isPresent();
        if (!locked) {
            return Optional.empty();
        }
        Program program = programs.findById(programId).orElseThrow();
        QuarterlySchedule schedule = calendar.of(program);
        Instant now = clock.instant();
        Optional<WaveWindow> due = schedule.dueAt(now, program.notBefore(), calendar.heldLabels(programId)::contains);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        WaveWindow window = due.get();
        // A floor raised since the program was set holds for its next waves too.
        Wave wave = waves.create(window.label(), program.templateKey(), window.closesAt(),
                thresholds.forProgramWave(program.anonymityThreshold()));
        db.update(WAVE).set(WAVE.PROGRAM_ID, programId).set(WAVE.AUDIENCE, program.audience())
                .where(WAVE.ID.eq(wave.id())).execute();
        planReminders(wave.id(), program, schedule, window, now);
        int invited = waves.open(wave.id());
        return Optional.of(new Opened(programId, wave.id(), window.label(), invited));
    }

    /** The reminder rounds still ahead: one due before now (a late opening) would remind people just invited. */
    private void planReminders(UUID waveId, Program program, QuarterlySchedule schedule, WaveWindow window, Instant now) {
        ZonedDateTime opens = window.opensAt().atZone(schedule.zone());
        for (int day : program.reminderDayList()) {
            Instant dueAt = opens.plusDays(day).toInstant();
            if (dueAt.isAfter(now) && dueAt.isBefore(window.closesAt())) {
                db.insertInto(WAVE_REMINDER, WAVE_REMINDER.WAVE_ID, WAVE_REMINDER.REMINDER_DAY, WAVE_REMINDER.DUE_AT)
                        .values(waveId, day, OffsetDateTime.ofInstant(dueAt, ZoneOffset.UTC)).execute();
            }
        }
    }
}
