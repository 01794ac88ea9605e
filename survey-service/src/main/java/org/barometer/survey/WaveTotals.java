package org.barometer.survey;

import io.micronaut.core.annotation.Nullable;

/**
 * How many answered a whole wave, as the disclosure gate lets it out (implemented by insight): the
 * same rule as every group, so a wave with fewer than k answers so far says only that.
 */
public interface WaveTotals {

    /** @return the wave's responded count, or null while it may not be shown */
    @Nullable
    Long responded(Wave wave);
}
