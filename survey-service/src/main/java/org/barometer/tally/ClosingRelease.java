package org.barometer.tally;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskScheduler;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.barometer.survey.WaveClosed;
import org.barometer.system.Vacuum;

import java.time.Duration;

/**
 * A closing wave's ballots are released inside the closing's transaction (which has stopped any
 * further submission), then its tally is counted again from its stored answers, so a closed wave's
 * figures are complete and equal to what is stored the moment it is closed, whatever a crash did
 * to the running counts (on H2 a SIGKILL can leave part of a release's commit on disk: H2 issue
 * 2080). Once that commits, the tables the release deleted from are vacuumed, in the background.
 */
@Singleton
class ClosingRelease {

    private final BallotBox box;
    private final Vacuum vacuum;
    private final TaskScheduler scheduler;

    ClosingRelease(BallotBox box, Vacuum vacuum, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.box = box;
        this.vacuum = vacuum;
        this.scheduler = scheduler;
    }

    @EventListener
    void onWaveClosed(WaveClosed event) {
        box.releaseAll(event.waveId());
        box.recount(event.waveId());
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void afterWaveClosed(WaveClosed event) {
        scheduler.schedule(Duration.ZERO, () -> vacuum.tables("ballot", "response_answer", "response"));
    }
}
