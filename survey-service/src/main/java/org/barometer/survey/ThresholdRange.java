package org.barometer.survey;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.access.AuditEvent;
import org.barometer.system.ProblemException;
import org.barometer.system.Text;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Optional;

import static org.barometer.jooq.Tables.THRESHOLD_FLOOR;

/**
 * The anonymity threshold a new wave or program may have: from the floor admins set (stored, so
 * every instance agrees; BAROMETER_THRESHOLD_FLOOR until they set one) to {@value #HIGHEST}. Every
 * check of a threshold asks here: the waves and programs API, their pages, a program's opening.
 * A wave keeps the threshold it was created with, so raising the floor changes no wave.
 */
@Singleton
public class ThresholdRange {

    /** No floor goes lower: in a group of two, each one knows the other's answer from the group's. */
    public static final int LOWEST = 3;
    public static final int HIGHEST = 100;
    /** A new wave's or program's threshold when none is given, unless the floor is higher. */
    static final int USUAL = 5;

    private final DSLContext db;
    private final int configuredFloor;
    private final ApplicationEventPublisher<AuditEvent> audit;

    ThresholdRange(DSLContext db, @Value("${barometer.anonymity.threshold-floor:5}") int configuredFloor,
                   ApplicationEventPublisher<AuditEvent> audit) {
        if (configuredFloor < LOWEST || configuredFloor > HIGHEST) {
            throw new IllegalArgumentException("BAROMETER_THRESHOLD_FLOOR must be from " + LOWEST + " to " + HIGHEST
                    + ", not " + configuredFloor);
        }
        this.db = db;
        this.configuredFloor = configuredFloor;
        this.audit = audit;
    }

    /** The lowest threshold a new wave or program may have now. */
    @Transactional(readOnly = true)
    public int floor() {
        return db.select(THRESHOLD_FLOOR.MIN_THRESHOLD).from(THRESHOLD_FLOOR).fetchOptional(THRESHOLD_FLOOR.MIN_THRESHOLD)
                .orElse(configuredFloor);
    }

    /** The threshold of a new wave or program that gives none. */
    @Transactional(readOnly = true)
    public int usual() {
        return Math.max(USUAL, floor());
    }

    /** What is wrong with this threshold (naming the field and the floor), if anything. */
    @Transactional(readOnly = true)
    Optional<Text> problem(int threshold) {
        int floor = floor();
        return threshold >= floor && threshold <= HIGHEST ? Optional.empty()
                : Optional.of(Text.of("threshold.range", floor, HIGHEST, threshold));
    }

    /** @throws ProblemException 400 naming {@code field} and the floor, when a new wave or program may not have it */
    void check(String field, int threshold) {
        problem(threshold).ifPresent(text -> {
            throw new ProblemException(HttpStatus.BAD_REQUEST, text, List.of(new ProgramRules.FieldProblem(field, text.english(), text)));
        });
    }

    /** The threshold a program's next wave opens with: its own, lifted to the floor if the floor was raised since. */
    @Transactional(readOnly = true)
    int forProgramWave(int programThreshold) {
        return Math.max(programThreshold, floor());
    }

    /**
     * Sets the floor for waves and programs created from now on; audited.
     *
     * @throws ProblemException 400 when outside {@value #LOWEST}–{@value #HIGHEST}; nothing changes then
     */
    /** 400 naming the field {@code floor} and its bounds, for what was typed. */
    static ProblemException badFloor(String typed) {
        Text text = Text.of("threshold-floor.range", LOWEST, HIGHEST, typed);
        return new ProblemException(HttpStatus.BAD_REQUEST, text, List.of(new ProgramRules.FieldProblem("floor", text.english(), text)));
    }

    @Transactional
    public int setFloor(Integer floor) {
        if (floor == null || floor < LOWEST || floor > HIGHEST) {
            throw badFloor(String.valueOf(floor));
        }
        int before = floor();
        db.insertInto(THRESHOLD_FLOOR, THRESHOLD_FLOOR.ID, THRESHOLD_FLOOR.MIN_THRESHOLD).values(1, floor)
                .onDuplicateKeyUpdate().set(THRESHOLD_FLOOR.MIN_THRESHOLD, floor).execute();
        audit.publishEvent(new AuditEvent("settings.threshold-floor", "from " + before + " to " + floor));
        return floor;
    }
}
