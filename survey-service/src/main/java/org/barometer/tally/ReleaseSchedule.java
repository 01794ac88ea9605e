package org.barometer.tally;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.barometer.system.SafeFailure;
import org.barometer.system.Vacuum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * Every instance looks into the ballot box every few seconds and releases each wave that has at
 * least its threshold of ballots waiting (and whatever a closed wave still has), then vacuums the
 * box so that no released ballot stays readable beside its invitation.
 */
@Singleton
class ReleaseSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseSchedule.class);

    private final BallotBox box;
    private final Vacuum vacuum;

    ReleaseSchedule(BallotBox box, Vacuum vacuum) {
        this.box = box;
        this.vacuum = vacuum;
    }

    @Scheduled(fixedDelay = "${barometer.ballot-box.release-interval:2s}",
            initialDelay = "${barometer.ballot-box.release-interval:2s}")
    void releaseDue() {
        boolean released = false;
        boolean remixed = false;
        try {
            for (UUID wave : box.due()) {
                BallotBox.Released r = box.releaseIfReady(wave);
                released |= r.ballots() > 0;
                remixed |= r.remixed();
            }
        } catch (RuntimeException e) {
            // The database is unreachable or busy: the ballots stay, the next round takes them.
            LOG.warn("Ballot box not released this round: {}", SafeFailure.describe(e));
        }
        if (remixed) {
            vacuum.tables("ballot", "response_answer", "response");
        } else if (released) {
            vacuum.tables("ballot");
        }
    }
}
