package org.barometer.privacy;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.barometer.access.AuditEvent;
import org.barometer.directory.Leavers;
import org.barometer.system.SafeFailure;
import org.barometer.system.Vacuum;
import org.barometer.tally.Tally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;

/**
 * Erases what has been kept long enough ({@link RetentionSettings}): the answers and comments of
 * waves closed before the answers' retention, and the directory entries of people gone for longer
 * than the leavers'. Every instance runs it; each erasure is idempotent, and only the instance
 * that erased something writes it to the audit log (counts and waves, never a name).
 */
@Singleton
class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionSettings settings;
    private final Tally tally;
    private final Leavers leavers;
    private final Vacuum vacuum;
    private final ApplicationEventPublisher<AuditEvent> audit;
    private final Clock clock;

    RetentionJob(RetentionSettings settings, Tally tally, Leavers leavers, Vacuum vacuum,
                 ApplicationEventPublisher<AuditEvent> audit, Clock clock) {
        this.settings = settings;
        this.tally = tally;
        this.leavers = leavers;
        this.vacuum = vacuum;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${barometer.retention.check-interval:1h}", initialDelay = "1m")
    void run() {
        Instant now = clock.instant();
        try {
            eraseAnswers(now);
        } catch (RuntimeException e) {
            // The database is unreachable or busy: the next round erases what is due then.
            LOG.warn("Answers past their retention not erased this round: {}", SafeFailure.describe(e));
        }
        try {
            eraseLeavers(now);
        } catch (RuntimeException e) {
            LOG.warn("Leavers past their retention not erased this round: {}", SafeFailure.describe(e));
        }
    }

    void eraseAnswers(Instant now) {
        for (Tally.Erased wave : tally.eraseAnswersClosedBefore(RetentionSettings.before(now, settings.answers()), now)) {
            LOG.info("Erased the answers of wave {}, closed more than {} ago", wave.waveId(), settings.answers());
            audit.publishEvent(AuditEvent.bySystem("answers.erase", "wave " + wave.waveId() + " (" + wave.label()
                    + "), closed more than " + settings.answers() + " ago: " + wave.responses()
                    + " answer(s) and their comments erased, its counts per group kept"));
        }
    }

    void eraseLeavers(Instant now) {
        int erased = leavers.eraseLeftBefore(RetentionSettings.before(now, settings.leavers()));
        if (erased > 0) {
            vacuum.tables("employee_attribute", "employee");
            LOG.info("Erased {} directory entries of people gone for more than {}", erased, settings.leavers());
            audit.publishEvent(AuditEvent.bySystem("employees.erase", erased
                    + " directory entr" + (erased == 1 ? "y" : "ies") + " of people gone for more than " + settings.leavers()));
        }
    }
}
