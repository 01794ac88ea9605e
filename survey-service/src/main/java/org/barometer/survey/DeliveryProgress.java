package org.barometer.survey;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** How far the emails of a wave have gone out; implemented by the delivery module. */
public interface DeliveryProgress {

    @Serdeable
    record EmailCounts(long pending, long sent, long failed) {
    }

    EmailCounts countsFor(UUID waveId);
}
