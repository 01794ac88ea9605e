package org.barometer.survey;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A program as the HR API shows it: its settings, the wave it opens next ({@code null} while
 * paused) and, for one program, its waves with their totals — never who answered.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProgramView(UUID id, String name, String template, Cadence cadence, OpenOn openOn, int openDays,
                   List<Integer> reminderDays, int anonymityThreshold, Map<String, List<String>> audience,
                   String timezone, Status status, @Nullable WaveWindow nextWave, @Nullable List<ProgramWave> waves) {

    enum Status { ACTIVE, PAUSED }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProgramWave(UUID id, String label, WaveStatus status, @Nullable Instant openedAt, @Nullable Instant closesAt,
                       @Nullable Instant closedAt, long invited, @Nullable Long responded) {
    }
}
