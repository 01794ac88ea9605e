package org.barometer.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A wave as the HR API shows it: status and totals only, never who answered. {@code responded} is
 * null while fewer than the threshold have answered (the disclosure gate's rule for every group).
 */
@Serdeable
public record WaveView(UUID id, String label, String template, WaveStatus status, int anonymityThreshold,
                       @Nullable Instant closesAt, @Nullable Instant openedAt, @Nullable Instant closedAt,
                       long invited, @Nullable Long responded, DeliveryProgress.EmailCounts emails) {
}
