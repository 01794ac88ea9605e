package org.barometer.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One occurrence of the barometer (e.g. 2026-Q4). Its questions are frozen when it opens. */
@MappedEntity("wave")
public record Wave(@Id UUID id, String label, String templateKey, WaveStatus status, int anonymityThreshold,
                   @Nullable Instant closesAt, @Nullable Instant openedAt, @Nullable Instant closedAt,
                   @Nullable String frozenQuestions, Instant createdAt) {

    /** Whether answers are accepted at this instant. */
    public boolean acceptsAnswersAt(Instant now) {
        return status == WaveStatus.OPEN && (closesAt == null || now.isBefore(closesAt));
    }
}
