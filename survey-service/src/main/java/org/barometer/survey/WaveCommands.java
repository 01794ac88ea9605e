package org.barometer.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Requests of the waves API. */
final class WaveCommands {

    private WaveCommands() {
    }

    /** @param anonymityThreshold its range is {@link ThresholdRange}'s, checked when the wave is created */
    @Serdeable
    record CreateWave(@NotBlank @Size(max = 40) String label,
                      @Nullable @Size(max = 64) String template,
                      @Nullable Instant closesAt,
                      @Nullable Integer anonymityThreshold) {
    }
}
