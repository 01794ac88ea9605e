package org.barometer.survey;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.system.ProblemException;
import org.barometer.system.Text;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.barometer.jooq.Tables.WAVE;

/** Programs as HR manages them: create, change (future waves only), pause and resume. */
@Singleton
class ProgramService {

    private final ProgramRepository programs;
    private final ProgramRules rules;
    private final ProgramCalendar calendar;
    private final Audiences audiences;
    private final WaveRepository waves;
    private final WaveProfiles profiles;
    private final WaveTotals totals;
    private final DSLContext db;
    private final Clock clock;

    ProgramService(ProgramRepository programs, ProgramRules rules, ProgramCalendar calendar, Audiences audiences,
                   WaveRepository waves, WaveProfiles profiles, WaveTotals totals, DSLContext db, Clock clock) {
        this.programs = programs;
        this.rules = rules;
        this.calendar = calendar;
        this.audiences = audiences;
        this.waves = waves;
        this.profiles = profiles;
        this.totals = totals;
        this.db = db;
        this.clock = clock;
    }

    @Transactional
    ProgramView create(ProgramSettings requested) {
        ProgramSettings s = requested.over(rules.defaults());
        rules.check(s);
        Instant now = clock.instant();
        Program program = programs.save(program(UUID.randomUUID(), s, false, now, now));
        return view(program, false);
    }

    /** Applies the given settings; waves already opened keep the settings they opened with. */
    @Transactional
    ProgramView update(UUID id, ProgramSettings changes) {
        Program current = find(id);
        ProgramSettings s = changes.over(settingsOf(current));
        rules.check(s);
        return view(programs.update(program(id, s, current.paused(), current.notBefore(), current.createdAt())), true);
    }

    @Transactional
    ProgramView pause(UUID id) {
        Program p = find(id);
        return view(programs.update(program(p.id(), settingsOf(p), true, p.notBefore(), p.createdAt())), true);
    }

    /** Resumes from now on: a wave whose opening time passed while paused does not open late. */
    @Transactional
    ProgramView resume(UUID id) {
        Program p = find(id);
        Instant notBefore = p.paused() ? clock.instant() : p.notBefore();
        return view(programs.update(program(p.id(), settingsOf(p), false, notBefore, p.createdAt())), true);
    }

    @Transactional(readOnly = true)
    List<ProgramView> list() {
        return programs.findAllOrderByCreatedAt().stream().map(p -> view(p, false)).toList();
    }

    @Transactional(readOnly = true)
    ProgramView get(UUID id) {
        return view(find(id), true);
    }

    private Program find(UUID id) {
        return programs.findById(id).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, Text.of("program.not-found", id)));
    }

    private Program program(UUID id, ProgramSettings s, boolean paused, Instant notBefore, Instant createdAt) {
        return new Program(id, s.name().trim(), s.template().trim(), Cadence.valueOf(s.cadence()), OpenOn.valueOf(s.openOn()),
                s.openDays(), Program.joinDays(s.reminderDays()), s.anonymityThreshold(), audiences.write(s.audience()),
                s.timezone(), paused, notBefore, createdAt, clock.instant());
    }

    private ProgramSettings settingsOf(Program p) {
        return new ProgramSettings(p.name(), p.templateKey(), p.cadence().name(), p.openOn().name(), p.openDays(),
                p.reminderDayList(), p.anonymityThreshold(), audiences.read(p.audience()).filter(), p.timezone());
    }

    private ProgramView view(Program p, boolean withWaves) {
        WaveWindow next = p.paused() ? null
                : calendar.of(p).next(clock.instant(), p.notBefore(), calendar.heldLabels(p.id())::contains);
        List<ProgramView.ProgramWave> waves = withWaves ? waves(p.id()) : null;
        return new ProgramView(p.id(), p.name(), p.templateKey(), p.cadence(), p.openOn(), p.openDays(),
                p.reminderDayList(), p.anonymityThreshold(), audiences.read(p.audience()).filter(), p.timezone(),
                p.paused() ? ProgramView.Status.PAUSED : ProgramView.Status.ACTIVE, next, waves);
    }

    private List<ProgramView.ProgramWave> waves(UUID programId) {
        return db.select(WAVE.ID).from(WAVE).where(WAVE.PROGRAM_ID.eq(programId)).orderBy(WAVE.CREATED_AT.desc())
                .fetch(WAVE.ID).stream().map(id -> waves.findById(id).orElseThrow())
                .map(w -> new ProgramView.ProgramWave(w.id(), w.label(), w.status(), w.openedAt(), w.closesAt(), w.closedAt(),
                        profiles.invited(w.id()), totals.responded(w)))
                .toList();
    }
}
