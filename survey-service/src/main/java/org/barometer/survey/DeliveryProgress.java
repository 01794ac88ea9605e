package org.barometer.survey;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** How far the emails of a wave have gone out; implemented by the delivery module. */
public interface DeliveryProgress {

    @Serdeable
    record EmailCounts(long pending, long sent, long failed) {
    }

    /** Live while the wave is open; a closed wave's counts as its closing kept them. */
    EmailCounts countsFor(UUID waveId);

    /**
     * Keeps the wave's final counts on the wave and deletes its emails, in the closing's
     * transaction, before its invitations are deleted: an email still waiting then is never sent,
     * so it counts as failed.
     */
    void keepFinalCounts(UUID waveId);
}
