package org.barometer.survey;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
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

    ProgramScheduler(ProgramWaves programWaves) {
        this.programWaves = programWaves;
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
                programWaves.openIfDue(program).ifPresent(opened -> LOG.info(
                        "Program {} opened wave {} ({}): {} invited", opened.programId(), opened.label(),
                        opened.waveId(), opened.invited()));
            } catch (RuntimeException e) {
                LOG.warn("Could not open the due wave of program {} this round: {}", program, e.toString());
            }
        }
    }
}
