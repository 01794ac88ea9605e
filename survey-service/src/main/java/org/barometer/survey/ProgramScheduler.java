package org.barometer.survey;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.barometer.access.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;

/**
 * Opens the programs' waves when due, on every instance: the work is read from the database at
 * each round, so a wave due while the service was down opens at the first round after it comes
 * back (once), and a database that went away is simply tried again at the next round.
 */
@Singleton
class ProgramScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ProgramScheduler.class);

    private final ProgramWaves programWaves;
    private final ApplicationEventPublisher<AuditEvent> audit;

    ProgramScheduler(ProgramWaves programWaves, ApplicationEventPublisher<AuditEvent> audit) {
        this.programWaves = programWaves;
        this.audit = audit;
    }

    @Scheduled(fixedDelay = "${barometer.schedule.check-interval:1m}", initialDelay = "1s")
    void openDue() {
        List<UUID> programs;
        try {
            programs = programWaves.activePrograms();
        } catch (RuntimeException e) {
            LOG.warn("Could not look for programs to open this round: {}", e.toString());
            return;
        }
        for (UUID program : programs) {
            try {
                programWaves.openIfDue(program).ifPresent(this::opened);
            } catch (RuntimeException e) {
                LOG.warn("Could not open the due wave of program {} this round: {}", program, e.toString());
            }
        }
    }

    private void opened(ProgramWaves.Opened opened) {
        LOG.info("Program {} opened wave {} ({}): {} invited", opened.programId(), opened.label(), opened.waveId(),
                opened.invited());
        audit.publishEvent(AuditEvent.bySystem("wave.open", "wave " + opened.waveId() + " (" + opened.label()
                + ") of program " + opened.programId() + ", " + opened.invited() + " invited"));
    }
}
